/**
 * The site's caches across processes: two site processes in front of one Strapi each cache a
 * commune's pages, and a change made once — the editorial board's publish or unpublish, an edit of
 * the site settings — reaches both within 2 s, with no process telling another. The change
 * bumps the commune's content version in PostgreSQL (plugins/site-cache); each site process polls
 * it and keys its caches by it.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import type { Browser } from 'playwright-core';
import { browserLogin } from '../support/admin-login';
import { launchChromium } from '../support/browser';
import { ARTICLE, press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const HOST = 'khanhkhe.langson.gov.vn';
const OTHER_HOST = 'songiang.hatinh.gov.vn';
const PURGE_BUDGET_MS = 2000;

let db: TestDatabase;
let strapi: StrapiInstance;
let sites: SiteInstance[] = [];
let admin: AdminClient;
let head: AdminClient;
let khanhKhe: { documentId: string };

interface Answer {
  status: number;
  body: string;
  cache: string | undefined;
  headers: IncomingHttpHeaders;
}

function get(site: SiteInstance, path: string, host = HOST): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, headers: { host, accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const cache = res.headers['x-page-cache'];
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          cache: Array.isArray(cache) ? cache[0] : cache,
          headers: res.headers,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests the page until the cache answers it, so a later change has a cached copy to purge. */
async function warm(site: SiteInstance, path: string, host = HOST): Promise<Answer> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const answer = await get(site, path, host);
    if (answer.cache === 'HIT') return answer;
  }
  throw new Error(`${path} on ${host} is never served from the page cache`);
}

/** Milliseconds until `path` on `host` answers as `done` wants on every site process, polled every 50 ms. */
async function millisecondsUntilAnswer(path: string, host: string, done: (answer: Answer) => boolean, since: number): Promise<number[]> {
  return Promise.all(
    sites.map(async (site) => {
      for (;;) {
        if (done(await get(site, path, host))) return Date.now() - since;
        if (Date.now() - since > 10_000) throw new Error(`${path} on ${host}, port ${site.port}, did not change within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
}

/** Milliseconds until Khánh Khê's `path` is a page whose HTML satisfies `done` on every site process. */
const millisecondsUntil = (path: string, done: (body: string) => boolean, since: number): Promise<number[]> =>
  millisecondsUntilAnswer(path, HOST, (answer) => answer.status === 200 && done(answer.body), since);

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_cache_purge');
  db = seeded.db;
  // Preview links (README "Preview") go to the first site process, on the commune's domain.
  const previewPort = await freePort();
  seeded.setup.env.PREVIEW_SITE_ORIGIN = `http://{domain}:${previewPort}`;
  strapi = await startStrapi(seeded.setup);
  const token = await strapi.publicToken();
  const adminOrigin = new URL(strapi.url).origin;
  sites = await Promise.all([
    startSite({ strapiUrl: strapi.url, token, port: previewPort, env: { NUXT_ADMIN_ORIGIN: adminOrigin } }),
    startSite({ strapiUrl: strapi.url, token, env: { NUXT_ADMIN_ORIGIN: adminOrigin } }),
  ]);
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  khanhKhe = { documentId: commune.document_id };
  const email = 'truongban.bonhodem@khanhkhe.thu.vn';
  const userId = await admin.createUser({
    email,
    firstname: 'Trưởng',
    lastname: 'Ban',
    password: 'Gio-Bac-Lanh-2026',
    roleIds: [await admin.roleIdByCode('commune-board-head')],
  });
  expect(
    (await admin.call('POST', '/commune-tenancy/memberships', { adminUserId: userId, commune: khanhKhe.documentId, boardRole: 'head' }))
      .status,
  ).toBe(200);
  head = await AdminClient.login(strapi.url, email, 'Gio-Bac-Lanh-2026');
});

afterAll(async () => {
  await Promise.all(sites.map((site) => site.stop()));
  await strapi?.stop();
  await db?.drop();
});

/** The news list shows every article, newest first (the home page shows them by category). */
const NEWS = '/tin-tuc';

describe('a publish purges every site process within 2 s', () => {
  const title = 'Thông báo lịch tiếp công dân tháng 12 (kiểm thử bộ nhớ đệm)';
  let documentId: string;

  it('serves the news page from each process’s cache before the change', async () => {
    for (const site of sites) {
      const cached = await warm(site, NEWS);
      expect(cached.body).not.toContain(title);
    }
  });

  it('shows the article the head publishes on both processes within 2 s', async () => {
    const created = await head.create(ARTICLE, {
      title,
      kind: 'tin',
      featured: false,
      summary: 'Lịch tiếp công dân',
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    const published = await press(head, ARTICLE, documentId, { action: 'force_publish', comment: 'Đăng gấp lịch tiếp công dân' });
    expect(published.status).toBe(200);
    const elapsed = await millisecondsUntil(NEWS, (body) => body.includes(title), Date.now());
    console.info(`publish reached the two site processes after ${elapsed.join(' and ')} ms`);
    for (const ms of elapsed) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
  });

  it('takes it off both processes within 2 s of the unpublish', async () => {
    for (const site of sites) expect((await warm(site, NEWS)).body).toContain(title);
    const unpublished = await press(head, ARTICLE, documentId, { action: 'unpublish', comment: 'Đăng nhầm lịch' });
    expect(unpublished.status).toBe(200);
    const elapsed = await millisecondsUntil(NEWS, (body) => !body.includes(title), Date.now());
    for (const ms of elapsed) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
  });

  it('leaves another commune’s cached pages alone', async () => {
    for (const site of sites) await warm(site, '/', OTHER_HOST);
    const created = await head.create(ARTICLE, {
      title: `${title} – lần hai`,
      kind: 'tin',
      featured: false,
      summary: 'Lần hai',
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect((await press(head, ARTICLE, created.body.data.documentId, { action: 'force_publish', comment: 'Lần hai' })).status).toBe(200);
    await millisecondsUntil(NEWS, (body) => body.includes(`${title} – lần hai`), Date.now());
    for (const site of sites) expect((await get(site, '/', OTHER_HOST)).cache).toBe('HIT');
  });
});

describe('an edit of content without drafts purges too', () => {
  it('shows new site settings (the footer text) on both processes within 2 s', async () => {
    for (const site of sites) await warm(site, '/');
    const settings = await admin.list('api::site-setting.site-setting', `filters[commune][documentId][$eq]=${khanhKhe.documentId}`);
    const documentId = String(settings.body.results[0]?.documentId ?? '');
    expect(documentId).not.toBe('');
    const footerText = 'Giờ làm việc mới: sáng thứ Bảy tiếp công dân (kiểm thử)';
    expect((await admin.update('api::site-setting.site-setting', documentId, { footerText })).status).toBe(200);
    const elapsed = await millisecondsUntil('/', (body) => body.includes(footerText), Date.now());
    for (const ms of elapsed) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
  });
});

describe('an edit of the commune record itself purges too', () => {
  const COMMUNE = 'plugin::commune-tenancy.commune';

  it('shows the commune’s new address in the footer on both processes within 2 s', async () => {
    for (const site of sites) await warm(site, NEWS);
    const address = 'Thôn Nà Lòa, xã Khánh Khê (địa chỉ mới, kiểm thử)';
    expect((await admin.update(COMMUNE, khanhKhe.documentId, { address })).status).toBe(200);
    const elapsed = await millisecondsUntil(NEWS, (body) => body.includes(address), Date.now());
    console.info(`a commune record edit reached the two site processes after ${elapsed.join(' and ')} ms`);
    for (const ms of elapsed) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
  });

  it('takes a suspended commune’s site off both processes within 2 s, and brings it back on resume', async () => {
    const [other] = await db.query<{ document_id: string }>('SELECT document_id FROM communes WHERE primary_domain = $1', [OTHER_HOST]);
    if (!other) throw new Error(`no commune at ${OTHER_HOST}`);
    for (const site of sites) expect((await warm(site, '/', OTHER_HOST)).status).toBe(200);
    const since = Date.now();
    expect((await admin.call('POST', `/commune-tenancy/communes-admin/${other.document_id}/suspend`)).status).toBe(200);
    const offline = await millisecondsUntilAnswer('/', OTHER_HOST, (answer) => answer.status === 404, since);
    for (const ms of offline) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
    const resumedAt = Date.now();
    expect((await admin.call('POST', `/commune-tenancy/communes-admin/${other.document_id}/resume`)).status).toBe(200);
    const online = await millisecondsUntilAnswer('/', OTHER_HOST, (answer) => answer.status === 200, resumedAt);
    for (const ms of online) expect(ms).toBeLessThanOrEqual(PURGE_BUDGET_MS);
  });
});

describe('preview (issue 19 item 5): the head sees the draft on the real site, nobody caches it', () => {
  const TITLE = 'Bản nháp: xã Khánh Khê khởi công nhà văn hóa thôn Bản Chu';
  let browser: Browser | undefined;
  let draftId = '';

  beforeAll(async () => {
    const created = await head.create(ARTICLE, {
      title: TITLE,
      kind: 'tin',
      featured: false,
      summary: 'Chưa đăng: chỉ Ban biên tập xem.',
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    draftId = created.body.data.documentId;
    browser = await launchChromium([HOST, OTHER_HOST]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the edit view’s preview panel, in the admin, as the site renders it, under the banner', async () => {
    const chromium = browser;
    if (!chromium) throw new Error('no browser');
    const { context, page } = await browserLogin(
      () => chromium.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' }),
      strapi.url,
      'truongban.bonhodem@khanhkhe.thu.vn',
      'Gio-Bac-Lanh-2026',
    );
    try {
      await page.goto(`${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/${draftId}`);
      await page.getByRole('link', { name: /xem trước|open preview/i }).click();
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 30_000 });
      await expect(frame.getByText('Bản xem trước — chưa đăng.').isVisible()).resolves.toBe(true);
      const src = (await page.locator('iframe').getAttribute('src')) ?? '';
      expect(src).toMatch(new RegExp(`^http://${HOST.replaceAll('.', '\\.')}:${sites[0]?.port}/xem-truoc/`));
    } finally {
      await context.close();
    }
  });

  it('shows an introduction page’s draft the way its page does, while the live page keeps the published text', async () => {
    const site = sites[0];
    if (!site) throw new Error('no site');
    const [page] = await db.query<{ document_id: string; slug: string }>(
      `SELECT p.document_id, p.slug FROM pages p JOIN pages_commune_lnk l ON l.page_id = p.id JOIN communes m ON m.id = l.commune_id
        WHERE m.slug = 'khanh-khe' AND p.locale = 'vi' AND p.section = 'history' AND p.published_at IS NULL LIMIT 1`,
    );
    if (!page) throw new Error('the demo data has no history page for Khánh Khê');
    const draftTitle = 'Lịch sử xã Khánh Khê (bản đang sửa)';
    expect((await head.update('api::page.page', page.document_id, { title: draftTitle })).status).toBe(200);
    const url =
      (
        await head.call<{ data?: { url?: string } }>(
          'GET',
          `/content-manager/preview/url/api::page.page?documentId=${page.document_id}&locale=vi&status=draft`,
        )
      ).body.data?.url ?? '';
    const answer = await get(site, new URL(url).pathname);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/<h1[^>]*>Lịch sử xã Khánh Khê \(bản đang sửa\)<\/h1>/);
    expect(answer.body).toContain('Bản xem trước — chưa đăng.');
    expect(answer.headers['cache-control']).toBe('no-store, private');
    expect((await get(site, `/gioi-thieu/${page.slug}`)).body).not.toContain(draftTitle);
  });

  it('is never stored (by the site, nginx or a browser), never indexed, and refused on another commune’s site', async () => {
    const site = sites[0];
    if (!site) throw new Error('no site');
    const url =
      (await head.call<{ data?: { url?: string } }>('GET', `/content-manager/preview/url/${ARTICLE}?documentId=${draftId}&status=draft`))
        .body.data?.url ?? '';
    const path = new URL(url).pathname;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await get(site, path);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain(TITLE);
      expect(answer.body).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(answer.cache).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('no-store, private');
      expect(answer.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['content-security-policy']).toContain(`frame-ancestors ${new URL(strapi.url).origin}`);
    }
    // The live site still does not show it.
    expect((await get(site, NEWS)).body).not.toContain(TITLE);

    const elsewhere = await get(site, path, OTHER_HOST);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toContain('Không mở được bản xem trước');
    expect(elsewhere.body).not.toContain(TITLE);
    expect(elsewhere.headers['cache-control']).toBe('no-store, private');

    const [payload = ''] = path.slice('/xem-truoc/'.length).split('.');
    const forged = await get(site, `/xem-truoc/${payload}.${'A'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(forged.body).toContain('Không mở được bản xem trước');
    expect(forged.body).not.toContain(TITLE);
    for (const garbage of ['/xem-truoc/abc', '/xem-truoc/%00', '/api/preview/abc']) expect((await get(site, garbage)).status).toBe(404);
  });
});
