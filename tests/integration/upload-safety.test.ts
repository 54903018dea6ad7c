/**
 * Uploads are data, never code (issue 12, item 1, and the rich-text rule of item 7), attacked as a
 * commune contributor, through the content API and as server code:
 *
 * - every kind of the attack (HTML, SVG with a script, JavaScript, a Windows program, x.pdf.html,
 *   HTML bytes named .png, a program named .pdf, mismatched extensions, macros) is refused on every
 *   upload path with the exact Vietnamese message, and leaves no row in `files` and no file on disk;
 * - a replacement with bad content is refused and the old file stays as it was;
 * - a file over the size limit is a 413 with a Vietnamese message;
 * - upload from a URL is refused before anything is fetched (a local server counts the hits);
 * - the accepted kinds are stored, typed by their content;
 * - the CMS origin serves uploads as sandboxed data, and the public site's /uploads serves a
 *   commune's files on its own domains only (another commune's file is 404, a .docx is a download);
 * - a picture in rich text that is not the commune's own upload is refused at save.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { repoRoot } from '../../database/paths.ts';
import { node } from '../../scripts/lib/tools.ts';
import { type TestDatabase } from '../support/database';
import { AdminClient, type StrapiErrorBody } from '../support/http';
import {
  attackHtml,
  attackJavaScript,
  attackSvg,
  docx,
  docxWithMacros,
  legacyDoc,
  legacyPpt,
  legacyXls,
  odp,
  ods,
  odt,
  pdf,
  pptx,
  windowsInstaller,
  windowsProgram,
  xlsx,
} from '../support/sample-files';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import { createCommuneMember, filesOnDisk, getOnHost, postFiles, UPLOADS_DIR, type SampleUpload } from '../support/uploads';

const PASSWORD = 'Rung-Tre-Doi-Nui-2026';
const SIZE_LIMIT = 300 * 1024;
const KHANH_KHE = { slug: 'khanh-khe', host: 'khanhkhe.langson.gov.vn' };
const SON_GIANG = { slug: 'son-giang', host: 'songiang.hatinh.gov.vn' };
const ALLOWED = 'ảnh (JPG, PNG, WebP, GIF), PDF và tài liệu Word, Excel, PowerPoint, OpenDocument';
const SANDBOX = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
const URL_UPLOAD_OFF =
  'Chức năng tải tệp lên từ đường dẫn (URL) đã bị tắt để bảo vệ hệ thống. Hãy tải tệp về máy tính, kiểm tra rồi tải lên từ máy tính.';

const notAllowed = (name: string) => `Tệp “${name}” không được phép tải lên: chỉ nhận ${ALLOWED}.`;
const notWhatItSays = (name: string, label: string, extension: string) =>
  `Nội dung tệp “${name}” không phải là ${label} như phần mở rộng .${extension} cho biết (tệp có thể đã bị đổi tên hoặc bị hỏng), nên không được tải lên. Chỉ nhận ${ALLOWED}.`;

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let site: SiteInstance;
let superAdmin: AdminClient;
let contributor: AdminClient;
let otherContributor: AdminClient;
const communeId: Record<string, number> = {};
const communeDocumentId: Record<string, string> = {};

/** A local server that counts every request: upload from URL must never reach it. */
let bait: Server;
let baitPort = 0;
let baitHits = 0;

const images: Record<'jpeg' | 'png' | 'webp' | 'gif', Uint8Array<ArrayBuffer>> = {
  jpeg: new Uint8Array(),
  png: new Uint8Array(),
  webp: new Uint8Array(),
  gif: new Uint8Array(),
};

const fileRowCount = async (): Promise<number> =>
  Number((await db.query<{ count: string }>('SELECT count(*) AS count FROM files'))[0]?.count);

/** Runs `attack`, then checks that it left no row in `files` and no file in cms/public/uploads. */
async function leavesNothing<T>(attack: () => Promise<T>): Promise<T> {
  const rowsBefore = await fileRowCount();
  const diskBefore = await filesOnDisk();
  const result = await attack();
  expect(await fileRowCount()).toBe(rowsBefore);
  const added = [...(await filesOnDisk())].filter((name) => !diskBefore.has(name));
  expect(added).toEqual([]);
  return result;
}

const errorOf = (body: unknown): { status?: number; name?: string; message?: string } => (body as StrapiErrorBody).error ?? {};

beforeAll(async () => {
  const seeded = await createSeededDatabase('upload_safety');
  db = seeded.db;
  setup = seeded.setup;
  setup.env.UPLOAD_SIZE_LIMIT = String(SIZE_LIMIT);
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const commune of [KHANH_KHE, SON_GIANG]) {
    const [row] = await db.query<{ id: number; document_id: string }>('SELECT id, document_id FROM communes WHERE slug = $1', [
      commune.slug,
    ]);
    if (!row) throw new Error(`no commune ${commune.slug}`);
    communeId[commune.slug] = row.id;
    communeDocumentId[commune.slug] = row.document_id;
  }
  contributor = await createCommuneMember(superAdmin, {
    email: 'ctv.khanhkhe@thu.nghiem.vn',
    password: PASSWORD,
    role: 'commune-contributor',
    communeDocumentId: communeDocumentId[KHANH_KHE.slug] ?? '',
  });
  otherContributor = await createCommuneMember(superAdmin, {
    email: 'ctv.songiang@thu.nghiem.vn',
    password: PASSWORD,
    role: 'commune-contributor',
    communeDocumentId: communeDocumentId[SON_GIANG.slug] ?? '',
  });
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });

  const picture = () => sharp({ create: { width: 640, height: 400, channels: 3, background: '#2f6b3a' } });
  images.jpeg = new Uint8Array(await picture().jpeg({ quality: 70 }).toBuffer());
  images.png = new Uint8Array(await picture().png().toBuffer());
  images.webp = new Uint8Array(await picture().webp().toBuffer());
  images.gif = new Uint8Array(await picture().gif().toBuffer());

  bait = createServer((req, res) => {
    baitHits += 1;
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from(images.png));
  });
  await new Promise<void>((resolve) => bait.listen(0, '0.0.0.0', resolve));
  const address = bait.address();
  baitPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => bait?.close(resolve));
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

/** [what, upload, exact message]: the attack's files, as a contributor's browser would send them. */
const REFUSED: ReadonlyArray<readonly [string, () => SampleUpload, string]> = [
  ['an HTML page', () => ({ name: 'trang.html', mime: 'text/html', bytes: attackHtml() }), notAllowed('trang.html')],
  ['an SVG with a script', () => ({ name: 'logo.svg', mime: 'image/svg+xml', bytes: attackSvg() }), notAllowed('logo.svg')],
  ['a JavaScript file', () => ({ name: 'tai-lieu.js', mime: 'text/javascript', bytes: attackJavaScript() }), notAllowed('tai-lieu.js')],
  [
    'a Windows program',
    () => ({ name: 'cai-dat.exe', mime: 'application/x-msdownload', bytes: windowsProgram() }),
    notAllowed('cai-dat.exe'),
  ],
  ['x.pdf.html', () => ({ name: 'x.pdf.html', mime: 'text/html', bytes: attackHtml() }), notAllowed('x.pdf.html')],
  [
    'HTML bytes named .png',
    () => ({ name: 'anh.png', mime: 'image/png', bytes: attackHtml() }),
    notWhatItSays('anh.png', 'ảnh PNG', 'png'),
  ],
  [
    'a Windows program named .pdf',
    () => ({ name: 'quyet-dinh.pdf', mime: 'application/pdf', bytes: windowsProgram() }),
    notWhatItSays('quyet-dinh.pdf', 'tệp PDF', 'pdf'),
  ],
  ['an SVG named .jpg', () => ({ name: 'anh.jpg', mime: 'image/jpeg', bytes: attackSvg() }), notWhatItSays('anh.jpg', 'ảnh JPEG', 'jpg')],
  [
    'a Windows installer named .doc',
    () => ({ name: 'to-trinh.doc', mime: 'application/msword', bytes: windowsInstaller() }),
    notWhatItSays('to-trinh.doc', 'tài liệu Word (.doc)', 'doc'),
  ],
  [
    'a JPEG named .png',
    () => ({ name: 'anh-chup.png', mime: 'image/png', bytes: images.jpeg }),
    'Nội dung tệp “anh-chup.png” là ảnh JPEG, không khớp với phần mở rộng .png. Hãy đặt lại tên tệp với phần mở rộng .jpg rồi tải lên.',
  ],
  [
    'a spreadsheet named .docx',
    () => ({ name: 'mau-don.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: xlsx() }),
    'Nội dung tệp “mau-don.docx” là bảng tính Excel (.xlsx), không khớp với phần mở rộng .docx. Hãy đặt lại tên tệp với phần mở rộng .xlsx rồi tải lên.',
  ],
  [
    'a Word file with macros',
    () => ({
      name: 'mau-don.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: docxWithMacros(),
    }),
    'Tệp “mau-don.docx” chứa macro (mã lệnh tự chạy trên máy người đọc) nên không được tải lên. Hãy lưu lại thành tài liệu không có macro rồi tải lên.',
  ],
];

describe('refused uploads leave nothing behind', () => {
  it.each(REFUSED)('media library (POST /upload): %s → 400 with the Vietnamese message', async (_what, sample, message) => {
    const answer = await leavesNothing(() => postFiles(strapi.url, contributor.token, '/upload', [sample()]));
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ status: 400, name: 'ValidationError', message });
  });

  it.each(REFUSED.slice(0, 7))('single upload (POST /upload/files): %s → 400', async (_what, sample, message) => {
    const answer = await leavesNothing(() => postFiles(strapi.url, contributor.token, '/upload/files', [sample()]));
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ name: 'ValidationError', message });
  });

  it('refuses the whole request when one of several files is bad: the good one is not stored either', async () => {
    const answer = await leavesNothing(() =>
      postFiles(strapi.url, contributor.token, '/upload', [
        { name: 'anh-hoi-nghi.jpg', mime: 'image/jpeg', bytes: images.jpeg },
        { name: 'trang.html', mime: 'text/html', bytes: attackHtml() },
      ]),
    );
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).message).toBe(notAllowed('trang.html'));
  });

  it('refuses them on the content API (POST /api/upload) too, with a full-access API token', async () => {
    const token = await superAdmin.createApiToken(`thu-tai-len-${Date.now()}`, 'full-access');
    for (const [, sample, message] of REFUSED.filter(([what]) => what === 'an HTML page' || what === 'a Windows program named .pdf')) {
      const answer = await leavesNothing(() => postFiles(strapi.url, token, '/api/upload', [sample()], { 'x-commune': KHANH_KHE.slug }));
      expect(answer.status).toBe(400);
      expect(errorOf(answer.body)).toMatchObject({ name: 'ValidationError', message });
    }
  });

  it('refuses a file over the size limit with a 413 and a Vietnamese message', async () => {
    const big = new Uint8Array(400 * 1024);
    big.set(pdf());
    const answer = await leavesNothing(() =>
      postFiles(strapi.url, contributor.token, '/upload', [{ name: 'lon.pdf', mime: 'application/pdf', bytes: big }]),
    );
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toMatchObject({
      status: 413,
      name: 'PayloadTooLargeError',
      message:
        'Tệp “lon.pdf” quá lớn (400 KB): chỉ nhận tệp đến 300 KB. Hãy giảm dung lượng tệp (ví dụ nén ảnh, hoặc chia văn bản thành nhiều tệp) rồi tải lên lại.',
    });
  });

  it('refuses them in server code calling the upload service directly, and never fetches a URL there', async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), 'upload-server-code-'));
    try {
      await writeFile(path.join(workDir, 'trang.html'), attackHtml());
      await writeFile(path.join(workDir, 'quyet-dinh.pdf'), windowsProgram());
      await writeFile(path.join(workDir, 'bien-ban.pdf'), pdf('May chu'));
      const hitsBefore = baitHits;
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(node, [path.join(repoRoot, 'tests/support/server-code-upload.ts'), workDir], {
          cwd: repoRoot,
          env: { ...setup.env, FETCH_TARGET: `http://127.0.0.1:${baitPort}/anh.png` },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        child.on('exit', (code) =>
          code === 0 ? resolve(text) : reject(new Error(`server code exited with ${code}: ${text.slice(-3000)}`)),
        );
      });
      const line = output.split('\n').find((entry) => entry.startsWith('SERVER_CODE_RESULT '));
      if (!line) throw new Error(`no result line: ${output.slice(-3000)}`);
      expect(JSON.parse(line.slice('SERVER_CODE_RESULT '.length))).toEqual([
        { name: 'upload service: an HTML page', refused: true, error: 'ValidationError', message: notAllowed('trang.html') },
        {
          name: 'upload service: a Windows program named .pdf',
          refused: true,
          error: 'ValidationError',
          message: notWhatItSays('quyet-dinh.pdf', 'tệp PDF', 'pdf'),
        },
        { name: 'file service: fetch a URL into the library', refused: true, error: 'PolicyError', message: URL_UPLOAD_OFF },
        { name: 'upload service: a real PDF', refused: false, message: '' },
      ]);
      expect(baitHits).toBe(hitsBefore);
      expect(await db.query("SELECT name, mime FROM files WHERE name IN ('trang.html', 'quyet-dinh.pdf', 'bien-ban.pdf')")).toEqual([
        { name: 'bien-ban.pdf', mime: 'application/pdf' },
      ]);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});

describe('accepted kinds are stored, typed by their content', () => {
  const ACCEPTED: ReadonlyArray<readonly [string, string, () => Uint8Array<ArrayBuffer>, string]> = [
    ['anh-hoi-nghi.jpg', 'image/jpeg', () => images.jpeg, 'image/jpeg'],
    ['so-do.png', 'image/png', () => images.png, 'image/png'],
    ['anh.webp', 'image/webp', () => images.webp, 'image/webp'],
    ['bieu-do.gif', 'image/gif', () => images.gif, 'image/gif'],
    ['quyet-dinh.pdf', 'application/pdf', () => pdf(), 'application/pdf'],
    ['bien-ban.pdf', 'application/octet-stream', () => pdf(), 'application/pdf'],
    [
      'mau-don.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      docx,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'bang-ke.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['hoi-nghi.pptx', 'application/octet-stream', pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['van-ban.odt', 'application/vnd.oasis.opendocument.text', odt, 'application/vnd.oasis.opendocument.text'],
    ['bang-tinh.ods', 'application/vnd.oasis.opendocument.spreadsheet', ods, 'application/vnd.oasis.opendocument.spreadsheet'],
    ['trinh-chieu.odp', 'application/vnd.oasis.opendocument.presentation', odp, 'application/vnd.oasis.opendocument.presentation'],
    ['to-trinh.doc', 'application/msword', legacyDoc, 'application/msword'],
    ['du-toan.xls', 'application/vnd.ms-excel', legacyXls, 'application/vnd.ms-excel'],
    ['trinh-chieu.ppt', 'application/vnd.ms-powerpoint', legacyPpt, 'application/vnd.ms-powerpoint'],
  ];

  it.each(ACCEPTED)("%s (declared %s) → 201, stored in the contributor's commune", async (name, declared, bytes, stored) => {
    const answer = await postFiles(strapi.url, contributor.token, '/upload', [{ name, mime: declared, bytes: bytes() }]);
    expect(answer.status).toBe(201);
    const [file] = answer.body;
    expect(file?.mime).toBe(stored);
    expect(file?.url).toMatch(/^\/uploads\/khanh-khe_/);
    expect(await db.query('SELECT commune_id, mime FROM files WHERE id = $1', [file?.id])).toEqual([
      { commune_id: communeId[KHANH_KHE.slug], mime: stored },
    ]);
    const onDisk = await readFile(path.join(UPLOADS_DIR, path.basename(file?.url ?? '')));
    // Pictures may be re-encoded by Strapi's size optimisation; documents are stored byte for byte.
    if (stored.startsWith('image/')) expect(onDisk.length).toBeGreaterThan(0);
    else expect(onDisk).toEqual(Buffer.from(bytes()));
  });
});

describe('replacing a file', () => {
  let fileId = 0;
  let storedPath = '';
  const row = async () => (await db.query('SELECT hash, ext, mime, size, url, formats, updated_at FROM files WHERE id = $1', [fileId]))[0];

  beforeAll(async () => {
    const [file] = (
      await postFiles(strapi.url, contributor.token, '/upload', [{ name: 'so-do-to-chuc.png', mime: 'image/png', bytes: images.png }])
    ).body;
    fileId = file?.id ?? 0;
    storedPath = path.join(UPLOADS_DIR, path.basename(file?.url ?? ''));
  });

  it.each([
    [
      'POST /upload?id=',
      () => `/upload?id=${fileId}`,
      { name: 'so-do-to-chuc.png', mime: 'image/png', bytes: attackHtml() },
      notWhatItSays('so-do-to-chuc.png', 'ảnh PNG', 'png'),
    ],
    [
      'POST /upload/files/:id/replace',
      () => `/upload/files/${fileId}/replace`,
      { name: 'so-do-to-chuc.png', mime: 'image/png', bytes: attackSvg() },
      notWhatItSays('so-do-to-chuc.png', 'ảnh PNG', 'png'),
    ],
    [
      'POST /upload?id= (HTML name)',
      () => `/upload?id=${fileId}`,
      { name: 'trang.html', mime: 'text/html', bytes: attackHtml() },
      notAllowed('trang.html'),
    ],
    [
      'POST /upload?id= (a real PDF for a PNG)',
      () => `/upload?id=${fileId}`,
      { name: 'bien-ban.pdf', mime: 'application/pdf', bytes: pdf() },
      'Không thể thay tệp .png bằng “bien-ban.pdf”: tệp thay thế phải cùng loại với tệp đang có (ảnh PNG). Hãy tải “bien-ban.pdf” lên như một tệp mới.',
    ],
  ] as const)('%s with bad content → 400, and the old file is intact', async (_route, route, sample, message) => {
    const before = await row();
    const bytesBefore = await readFile(storedPath);
    const answer = await leavesNothing(() => postFiles(strapi.url, contributor.token, route(), [sample]));
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ name: 'ValidationError', message });
    expect(await row()).toEqual(before);
    expect(await readFile(storedPath)).toEqual(bytesBefore);
  });

  it('replaces it with another picture of the same kind', async () => {
    const newer = new Uint8Array(
      await sharp({ create: { width: 320, height: 200, channels: 3, background: '#a51d24' } })
        .png()
        .toBuffer(),
    );
    const bytesBefore = await readFile(storedPath);
    const answer = await postFiles(strapi.url, contributor.token, `/upload?id=${fileId}`, [
      { name: 'so-do-moi.png', mime: 'image/png', bytes: newer },
    ]);
    expect(answer.status).toBe(200);
    expect(await readFile(storedPath)).not.toEqual(bytesBefore);
    expect((await sharp(storedPath).metadata()).width).toBe(320);
  });
});

describe('upload from a URL is off', () => {
  const urls = () => [
    `http://0.0.0.0:${baitPort}/anh.png`,
    `http://0:${baitPort}/anh.png`,
    `http://127.0.0.1:${baitPort}/anh.png`,
    `http://[::ffff:127.0.0.1]:${baitPort}/anh.png`,
  ];

  it.each([
    ['a contributor', () => contributor],
    ['province IT', () => superAdmin],
  ])('%s gets 403 before anything is fetched or stored', async (_who, as) => {
    const hitsBefore = baitHits;
    const answer = await leavesNothing(() => as().call('POST', '/upload/actions/upload-from-urls', { urls: urls(), folderId: null }));
    expect(answer.status).toBe(403);
    expect(errorOf(answer.body)).toMatchObject({ status: 403, name: 'PolicyError', message: URL_UPLOAD_OFF });
    expect(baitHits).toBe(hitsBefore);
  });

  it('the bait server does answer when asked directly (so a fetch would have been counted)', async () => {
    const hitsBefore = baitHits;
    expect((await fetch(`http://127.0.0.1:${baitPort}/anh.png`)).status).toBe(200);
    expect(baitHits).toBe(hitsBefore + 1);
  });
});

describe('serving uploads', () => {
  let docxUrl = '';
  let pdfUrl = '';
  let jpegUrl = '';
  let provinceUrl = '';
  let plantedName = '';
  const seedImage = async (slug: string) =>
    (
      await db.query<{ url: string; thumbnail: string }>(
        "SELECT url, formats->'thumbnail'->>'url' AS thumbnail FROM files WHERE commune_id = $1 AND mime = 'image/jpeg' AND formats ? 'thumbnail' ORDER BY id LIMIT 1",
        [communeId[slug]],
      )
    )[0] ?? {
      url: '',
      thumbnail: '',
    };
  const header = (answer: { headers: Record<string, string | string[] | undefined> }, name: string) => answer.headers[name];

  beforeAll(async () => {
    const upload = async (client: AdminClient, sample: SampleUpload) =>
      (await postFiles(strapi.url, client.token, '/upload', [sample])).body[0]?.url ?? '';
    docxUrl = await upload(contributor, { name: 'to-khai.docx', mime: 'application/octet-stream', bytes: docx() });
    pdfUrl = await upload(contributor, { name: 'thong-bao.pdf', mime: 'application/pdf', bytes: pdf() });
    jpegUrl = await upload(contributor, { name: 'le-hoi.jpg', mime: 'image/jpeg', bytes: images.jpeg });
    provinceUrl = await upload(superAdmin, { name: 'logo-tinh.jpg', mime: 'image/jpeg', bytes: images.jpeg });
    plantedName = `khanh-khe_trang_cu_${Date.now()}.html`;
    await writeFile(path.join(UPLOADS_DIR, plantedName), attackHtml());
  });

  afterAll(async () => {
    if (plantedName) await rm(path.join(UPLOADS_DIR, plantedName), { force: true });
  });

  it('the CMS origin serves pictures inline and everything else as a download, always sandboxed and nosniff', async () => {
    for (const [url, disposition] of [
      [jpegUrl, null],
      [docxUrl, 'attachment'],
      [pdfUrl, 'attachment'],
      [`/uploads/${plantedName}`, 'attachment'],
    ] as const) {
      const answer = await fetch(`${strapi.url}${url}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toBe(SANDBOX);
      expect(answer.headers.get('content-disposition')).toBe(disposition);
      await answer.arrayBuffer();
    }
  });

  it("the CMS origin shows a PDF inline only to the admin's own preview frame (same origin), without sandbox", async () => {
    const asked = async (dest: string, site: string) => {
      const answer = await fetch(`${strapi.url}${pdfUrl}`, { headers: { 'sec-fetch-dest': dest, 'sec-fetch-site': site } });
      await answer.arrayBuffer();
      return [
        answer.headers.get('content-disposition'),
        answer.headers.get('content-security-policy'),
        answer.headers.get('x-content-type-options'),
      ];
    };
    expect(await asked('iframe', 'same-origin')).toEqual(['inline', "frame-ancestors 'self'", 'nosniff']);
    expect(await asked('iframe', 'same-site')).toEqual(['attachment', SANDBOX, 'nosniff']);
    expect(await asked('iframe', 'cross-site')).toEqual(['attachment', SANDBOX, 'nosniff']);
    expect(await asked('document', 'same-origin')).toEqual(['attachment', SANDBOX, 'nosniff']);
    const word = await fetch(`${strapi.url}${docxUrl}`, { headers: { 'sec-fetch-dest': 'iframe', 'sec-fetch-site': 'same-origin' } });
    await word.arrayBuffer();
    expect(word.headers.get('content-disposition')).toBe('attachment');
  });

  it("the site serves a commune's own picture and thumbnail inline on its domain, sandboxed", async () => {
    const own = await seedImage(KHANH_KHE.slug);
    for (const url of [own.url, own.thumbnail, jpegUrl]) {
      const answer = await getOnHost(site.port, KHANH_KHE.host, url);
      expect(answer.status).toBe(200);
      expect(header(answer, 'content-type')).toBe('image/jpeg');
      expect(header(answer, 'content-disposition')).toBe('inline');
      expect(header(answer, 'x-content-type-options')).toBe('nosniff');
      expect(header(answer, 'content-security-policy')).toBe(SANDBOX);
    }
  });

  it("the site answers 404 for another commune's file, its thumbnail and the contributor's uploads on the other commune's domain", async () => {
    const other = await seedImage(SON_GIANG.slug);
    for (const url of [other.url, other.thumbnail]) {
      expect((await getOnHost(site.port, KHANH_KHE.host, url)).status).toBe(404);
      expect((await getOnHost(site.port, SON_GIANG.host, url)).status).toBe(200);
    }
    for (const url of [docxUrl, pdfUrl, jpegUrl]) {
      const answer = await getOnHost(site.port, SON_GIANG.host, url);
      expect(answer.status).toBe(404);
      expect(answer.body.includes(Buffer.from(docx().subarray(0, 64)))).toBe(false);
    }
  });

  it("the site sends a .docx as a sandboxed download, and a PDF inline for the document page's preview", async () => {
    const word = await getOnHost(site.port, KHANH_KHE.host, docxUrl);
    expect(word.status).toBe(200);
    expect(header(word, 'content-disposition')).toBe('attachment');
    expect(header(word, 'content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(header(word, 'x-content-type-options')).toBe('nosniff');
    expect(header(word, 'content-security-policy')).toBe(SANDBOX);
    const paper = await getOnHost(site.port, KHANH_KHE.host, pdfUrl);
    expect(paper.status).toBe(200);
    expect(header(paper, 'content-type')).toBe('application/pdf');
    expect(header(paper, 'content-disposition')).toBe('inline');
    // The site's default policy for uploads: no script, no sandbox (Chrome's PDF viewer refuses
    // one), framed by the site itself only (frontend/server/utils/security-headers.ts).
    expect(header(paper, 'content-security-policy')).toContain("script-src 'none'");
    expect(header(paper, 'content-security-policy')).toContain("frame-ancestors 'self'");
    expect(header(paper, 'content-security-policy')).not.toContain('sandbox');
    expect(paper.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it("province IT's own uploads (no commune) are served on every commune's domain", async () => {
    expect(await db.query('SELECT commune_id FROM files WHERE url = $1', [provinceUrl])).toEqual([{ commune_id: null }]);
    expect((await getOnHost(site.port, KHANH_KHE.host, provinceUrl)).status).toBe(200);
    expect((await getOnHost(site.port, SON_GIANG.host, provinceUrl)).status).toBe(200);
  });

  it("the site answers 404 for a file on disk that is no one's upload, and for a host no commune serves", async () => {
    expect((await getOnHost(site.port, KHANH_KHE.host, `/uploads/${plantedName}`)).status).toBe(404);
    expect((await getOnHost(site.port, 'khong-phai-xa.example', jpegUrl)).status).toBe(404);
  });

  it("Strapi itself answers 404 to a commune asking for another commune's file (the header only narrows)", async () => {
    const other = await seedImage(SON_GIANG.slug);
    expect((await fetch(`${strapi.url}${other.url}`, { headers: { 'x-commune': KHANH_KHE.slug } })).status).toBe(404);
    expect((await fetch(`${strapi.url}${other.url}`, { headers: { 'x-commune': 'khong-co-xa-nay' } })).status).toBe(404);
    expect((await fetch(`${strapi.url}${other.url}`, { headers: { 'x-commune': SON_GIANG.slug } })).status).toBe(200);
  });
});

describe("pictures in rich text must be the commune's own uploads", () => {
  const ARTICLE = 'api::article.article';
  const PROCEDURE = 'api::procedure.procedure';
  let own = '';
  let others = '';
  const imageBlock = (url: string) => [
    { type: 'paragraph', children: [{ type: 'text', text: 'Toàn cảnh hội nghị.' }] },
    // The node as the admin's blocks editor writes it (Strapi validates every one of these fields).
    {
      type: 'image',
      image: {
        url,
        name: 'hoi-nghi.jpg',
        alternativeText: 'Hội nghị',
        caption: null,
        width: 640,
        height: 400,
        formats: null,
        hash: 'hoi_nghi',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 12.3,
        previewUrl: null,
        provider: 'local',
        provider_metadata: null,
        createdAt: '2026-06-01T02:00:00.000Z',
        updatedAt: '2026-06-01T02:00:00.000Z',
      },
      children: [{ type: 'text', text: '' }],
    },
  ];
  const refusal = (url: string) =>
    `Ảnh “${url}” trong nội dung không phải là ảnh trong thư viện tệp của xã, phường: người đọc sẽ phải tải ảnh đó từ nơi khác. Hãy tải ảnh lên thư viện tệp rồi chèn lại từ thư viện.`;
  const articlesTitled = async (title: string) => db.query<{ body: unknown }>('SELECT body FROM articles WHERE title = $1', [title]);

  beforeAll(async () => {
    own =
      (await postFiles(strapi.url, contributor.token, '/upload', [{ name: 'hoi-nghi.jpg', mime: 'image/jpeg', bytes: images.jpeg }]))
        .body[0]?.url ?? '';
    others =
      (await postFiles(strapi.url, otherContributor.token, '/upload', [{ name: 'son-giang.jpg', mime: 'image/jpeg', bytes: images.jpeg }]))
        .body[0]?.url ?? '';
  });

  it.each([
    ['a tracking pixel on another site', () => 'https://tracker.example/pixel.gif?u=1'],
    ['a protocol-relative address', () => '//tracker.example/pixel.gif'],
    ["another commune's upload", () => others],
    ['a made-up upload name', () => '/uploads/khanh-khe_khong_co_that.jpg'],
    ['a real file name behind a path trick', () => `/uploads/../uploads/${path.basename(own)}`],
  ])('refuses %s at save (400), saving nothing', async (what, url) => {
    const title = `Tin có ảnh ngoài: ${what}`;
    const answer = await contributor.create(ARTICLE, { title, kind: 'tin', featured: false, body: imageBlock(url()) });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ name: 'ValidationError', message: refusal(url()) });
    expect(await articlesTitled(title)).toEqual([]);
  });

  it("accepts the commune's own upload as the admin's blocks editor writes it, and stores it as the site serves it", async () => {
    const title = 'Tin có ảnh của xã';
    const answer = await contributor.create(ARTICLE, { title, kind: 'tin', featured: false, body: imageBlock(`${strapi.url}${own}`) });
    expect(answer.status).toBe(201);
    const [row] = await articlesTitled(title);
    expect((row?.body as Array<{ type: string; image?: { url: string } }>).find((node) => node.type === 'image')?.image?.url).toBe(own);
  });

  it('refuses an update that adds an outside picture, and keeps the body as it was', async () => {
    const title = 'Tin sửa thêm ảnh ngoài';
    const created = await contributor.create(ARTICLE, { title, kind: 'tin', featured: false, body: imageBlock(own) });
    expect(created.status).toBe(201);
    const before = await articlesTitled(title);
    const answer = await contributor.update(ARTICLE, created.body.data.documentId, { body: imageBlock('https://tracker.example/p.gif') });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).message).toBe(refusal('https://tracker.example/p.gif'));
    expect(await articlesTitled(title)).toEqual(before);
  });

  it("guards every blocks field, e.g. a procedure's steps", async () => {
    const answer = await superAdmin.create(PROCEDURE, {
      code: '1.000123',
      name: 'Thủ tục có ảnh ngoài',
      field: 'Hộ tịch',
      onlineLevel: 'Trực tiếp',
      steps: imageBlock('https://tracker.example/buoc.png'),
      commune: { connect: [{ documentId: communeDocumentId[KHANH_KHE.slug] }] },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).message).toBe(refusal('https://tracker.example/buoc.png'));
    expect(await db.query("SELECT 1 FROM procedures WHERE name = 'Thủ tục có ảnh ngoài'")).toEqual([]);
  });
});
