/**
 * The site's search API in the real Strapi: the seed's content is indexed per commune; what the
 * board publishes becomes searchable (text inside its PDF included) and what it unpublishes
 * disappears; the commune comes only from the site's trusted header; bad input is a 400 with a
 * Vietnamese message; `reindex` rebuilds the index with a progress bar.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { administrativePdf } from '../../cms/scripts/seed/assets';
import { cmsDir } from '../../database/paths';
import { node } from '../../scripts/lib/tools';
import { press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, ContentClient } from '../support/http';
import { startStrapi, SUPER_ADMIN, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import type { DocumentSearchResponse, SearchResponse } from '../../plugins/portal-search/shared';

const DOCUMENT = 'api::document.document';
// Words no seeded item uses: before the document is published, searching them finds nothing.
const UNIQUE_PDF_WORDS = 'phai Zèng Quỳnh';

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let head: AdminClient;
let site: ContentClient;
let khanhKhe: { id: number; documentId: string };

const search = (client: ContentClient, query: string) => client.get<SearchResponse>(`/portal-search/search?${query}`);

async function eventually(check: () => Promise<boolean>, timeoutMs = 15000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

beforeAll(async () => {
  ({ db, setup } = await createSeededDatabase('search_api'));
  strapi = await startStrapi(setup);
  const admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ id: number; document_id: string }>("SELECT id, document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  khanhKhe = { id: commune.id, documentId: commune.document_id };
  const email = 'truongban.timkiem@khanhkhe.thu.vn';
  const userId = await admin.createUser({
    email,
    firstname: 'Trưởng',
    lastname: 'Ban',
    password: 'Suoi-Da-Trang-2026',
    roleIds: [await admin.roleIdByCode('commune-board-head')],
  });
  expect(
    (await admin.call('POST', '/commune-tenancy/memberships', { adminUserId: userId, commune: khanhKhe.documentId, boardRole: 'head' }))
      .status,
  ).toBe(200);
  head = await AdminClient.login(strapi.url, email, 'Suoi-Da-Trang-2026');
  site = new ContentClient(strapi.url, await strapi.publicToken());
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('the seed’s content, per commune', () => {
  it('finds a Khánh Khê document first by its number and symbol, and only on Khánh Khê’s site', async () => {
    const [document] = await db.query<{ number_symbol: string; document_id: string }>(
      `SELECT d.number_symbol, d.document_id FROM documents d JOIN documents_commune_lnk l ON l.document_id = d.id
       WHERE l.commune_id = $1 AND d.published_at IS NOT NULL ORDER BY d.id LIMIT 1`,
      [khanhKhe.id],
    );
    if (!document) throw new Error('the seed has no Khánh Khê document');
    const response = await search(site.as('khanh-khe'), `q=${encodeURIComponent(document.number_symbol)}`);
    expect(response.status).toBe(200);
    expect(response.body.data[0]?.documentId).toBe(document.document_id);
    const elsewhere = await search(site.as('son-giang'), `q=${encodeURIComponent(document.number_symbol)}`);
    expect(elsewhere.body.data.map((hit) => hit.documentId)).not.toContain(document.document_id);
  });

  it('finds “Khánh Khê” without diacritics, and every hit is Khánh Khê’s', async () => {
    const response = await search(site.as('khanh-khe'), 'q=khanh%20khe&pageSize=50');
    expect(response.body.meta.pagination.total).toBeGreaterThan(5);
    const ids = response.body.data.map((hit) => hit.documentId);
    const owners = await db.query<{ document_id: string; slug: string }>(
      `SELECT t.document_id, c.slug FROM (
         SELECT a.document_id, l.commune_id FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id
         UNION SELECT d.document_id, l.commune_id FROM documents d JOIN documents_commune_lnk l ON l.document_id = d.id
         UNION SELECT p.document_id, l.commune_id FROM procedures p JOIN procedures_commune_lnk l ON l.procedure_id = p.id
         UNION SELECT p.document_id, l.commune_id FROM pages p JOIN pages_commune_lnk l ON l.page_id = p.id
       ) t JOIN communes c ON c.id = t.commune_id WHERE t.document_id = ANY($1)`,
      [ids],
    );
    expect(new Set(owners.map((owner) => owner.slug))).toEqual(new Set(['khanh-khe']));
  });

  it('answers the document search with facets and counts', async () => {
    const response = await site.as('khanh-khe').get<DocumentSearchResponse>('/portal-search/documents?pageSize=5');
    expect(response.status).toBe(200);
    const total = response.body.meta.pagination.total;
    expect(total).toBeGreaterThan(5);
    expect(response.body.facets.documentType.reduce((sum, facet) => sum + facet.count, 0)).toBe(total);
    expect(response.body.facets.year.length).toBeGreaterThan(0);
  });
});

describe('what citizens type, on Khánh Khê (issue 18’s examples: each finds its item in the top 3)', () => {
  type Hit = SearchResponse['data'][number];
  const byNumber = (numberSymbol: string) => (hit: Hit) => hit.numberSymbol === numberSymbol;
  const examples: Array<[string, string, (hit: Hit) => boolean]> = [
    ['extra words', 'giay khai sinh cho con', (hit) => hit.type === 'procedure' && hit.title === 'Đăng ký khai sinh'],
    ['a type and its number', 'quyet dinh 312', byNumber('312/QĐ-UBND')],
    ['a type and its number', 'ke hoach 120', byNumber('120/KH-UBND')],
    ['an abbreviated type and its number', 'qđ 312', byNumber('312/QĐ-UBND')],
    ['the number alone', '120', byNumber('120/KH-UBND')],
    ['a procedure code without its dots', '1001193', byNumber('1.001193')],
    ['a circular by its number', 'thong tu 22', byNumber('22/2023/TT-BTTTT')],
    ['a decree by its number', 'nghi dinh 42', byNumber('42/2022/NĐ-CP')],
    [
      'a month as a number',
      'tiep cong dan thang 8',
      (hit) => hit.title === 'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã tháng 8/2026',
    ],
  ];

  it.each(examples)('%s: “%s”', async (_kind, query, isItem) => {
    const response = await search(site.as('khanh-khe'), `q=${encodeURIComponent(query)}&pageSize=3`);
    expect(response.status).toBe(200);
    expect(response.body.data.findIndex(isItem)).toBeGreaterThanOrEqual(0);
  });

  it('corrects a typo that is itself a word by the commune’s phrases: “thu tuc hanh chin”', async () => {
    const typed = await search(site.as('khanh-khe'), 'q=thu%20tuc%20hanh%20chin&pageSize=3');
    expect(typed.body.meta).toMatchObject({ didYouMean: 'thu tuc hanh chinh', corrected: true });
    const meant = await search(site.as('khanh-khe'), 'q=thu%20tuc%20hanh%20chinh&pageSize=3');
    expect(typed.body.data.map((hit) => hit.documentId)).toEqual(meant.body.data.map((hit) => hit.documentId));
    expect(typed.body.data.length).toBe(3);
    // A phrase the commune writes as typed is left alone.
    expect((await search(site.as('khanh-khe'), 'q=lich%20tiep%20cong%20dan')).body.meta.didYouMean).toBeNull();
  });

  it('finds a document by its number alone in the document search, in the number field and in the words', async () => {
    for (const query of ['number=120', 'q=120']) {
      const response = await site.as('khanh-khe').get<DocumentSearchResponse>(`/portal-search/documents?${query}`);
      expect(response.status).toBe(200);
      expect(response.body.data[0]?.numberSymbol).toBe('120/KH-UBND');
    }
  });
});

describe('the commune and the input', () => {
  it('answers 404 without the site’s commune header, or for an unknown commune', async () => {
    expect((await search(site, 'q=van%20ban')).status).toBe(404);
    expect((await search(site.as('khong-co-xa-nay'), 'q=van%20ban')).status).toBe(404);
  });

  it('answers with the headers of a JSON answer that must not run as a page, refusals included', async () => {
    // The search routes skip strapi::security (direct-route.ts): these come from the route itself.
    for (const [answer, status] of [
      [await search(site.as('khanh-khe'), 'q=van%20ban'), 200],
      [await search(site.as('khanh-khe'), 'q='), 400],
      [await site.as('khanh-khe').get('/portal-search/documents?from=2026-02-31'), 400],
      [await search(site, 'q=van%20ban'), 404],
      [await search(new ContentClient(strapi.url).as('khanh-khe'), 'q=van%20ban'), 401],
    ] as const) {
      const header = (name: string): string | null => answer.headers?.get(name) ?? null;
      expect(answer.status).toBe(status);
      expect(header('content-type')).toMatch(/^application\/json/);
      expect(header('x-content-type-options')).toBe('nosniff');
      expect(header('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(header('x-frame-options')).toBe('DENY');
      expect(header('x-powered-by')).toBeNull();
    }
  });

  it('needs the site’s token', async () => {
    expect((await search(new ContentClient(strapi.url).as('khanh-khe'), 'q=van%20ban')).status).toBe(401);
  });

  it('refuses bad input with a Vietnamese message', async () => {
    const empty = await search(site.as('khanh-khe'), 'q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toBe('Hãy nhập từ khóa cần tìm.');
    expect((await search(site.as('khanh-khe'), 'q=x&pageSize=500')).status).toBe(400);
    expect((await search(site.as('khanh-khe'), 'q=x&type=tin-gia')).status).toBe(400);
    // The search routes skip strapi::query (direct-route.ts): an object for a parameter is still a
    // clear 400, and a repeated one is read once.
    const bracketed = await search(site.as('khanh-khe'), 'q[$ne]=x');
    expect(bracketed.status).toBe(400);
    expect(bracketed.body.error?.message).toBe('Tham số “q” không hợp lệ.');
    const repeated = await search(site.as('khanh-khe'), 'q=quyet%20dinh%20312&q=khac');
    expect(repeated.status).toBe(200);
    expect(repeated.body.meta.query).toBe('quyet dinh 312');
    const badDate = await site.as('khanh-khe').get('/portal-search/documents?from=2026-02-31');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error?.message).toMatch(/Ngày “2026-02-31” không hợp lệ/);
  });
});

describe('following what the board publishes', () => {
  let documentId: string;

  it('makes a published document findable by a word that appears only inside its PDF', async () => {
    const pdf = await administrativePdf({
      issuer: 'ỦY BAN NHÂN DÂN XÃ KHÁNH KHÊ',
      numberLine: 'Số: 77/TB-UBND',
      title: 'Thông báo',
      subtitle: 'Về việc nạo vét kênh mương',
      paragraphs: [`Ủy ban nhân dân xã thông báo lịch nạo vét ${UNIQUE_PDF_WORDS} trong tháng 12.`],
      signerPosition: 'CHỦ TỊCH',
      signer: 'Hoàng Văn Thạch',
    });
    const [file] = await head.upload('thong-bao-77.pdf', 'application/pdf', new Uint8Array(pdf));
    const before = await search(site.as('khanh-khe'), `q=${encodeURIComponent(UNIQUE_PDF_WORDS)}`);
    expect(before.body.data).toEqual([]);
    const created = await head.create(DOCUMENT, {
      number: '77',
      symbol: 'TB-UBND',
      documentType: 'Thông báo',
      issuingBody: 'UBND xã Khánh Khê',
      signer: 'Hoàng Văn Thạch',
      signerPosition: 'Chủ tịch',
      issueDate: '2026-11-20',
      field: 'Nông nghiệp',
      summary: 'Thông báo lịch nạo vét kênh mương tháng 12',
      files: [file?.id],
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    expect((await press(head, DOCUMENT, documentId, { action: 'force_publish', comment: 'Kiểm thử tìm kiếm' })).status).toBe(200);
    const found = await eventually(async () =>
      (await search(site.as('khanh-khe'), `q=${encodeURIComponent('phai zeng quynh')}`)).body.data.some(
        (hit) => hit.documentId === documentId,
      ),
    );
    expect(found).toBe(true);
    const hit = (await search(site.as('khanh-khe'), 'q=zeng%20quynh')).body.data.find((entry) => entry.documentId === documentId);
    expect(hit?.snippet).toMatch(/<mark>Zèng<\/mark> <mark>Quỳnh<\/mark>/);
    expect((await search(site.as('son-giang'), 'q=zeng%20quynh')).body.data.map((entry) => entry.documentId)).not.toContain(documentId);
  });

  it('forgets it once the head unpublishes it', async () => {
    expect((await press(head, DOCUMENT, documentId, { action: 'unpublish', comment: 'Đăng nhầm' })).status).toBe(200);
    const gone = await eventually(
      async () => !(await search(site.as('khanh-khe'), 'q=zeng%20quynh')).body.data.some((hit) => hit.documentId === documentId),
    );
    expect(gone).toBe(true);
  });

  it('follows a replacement: the replaced document leaves “Còn hiệu lực” while the newer one is live', async () => {
    // An in-force Khánh Khê document without an expiry date, that nothing replaces yet.
    const [old] = await db.query<{ document_id: string; number_symbol: string }>(
      `SELECT d.document_id, d.number_symbol FROM documents d JOIN documents_commune_lnk l ON l.document_id = d.id
       WHERE l.commune_id = $1 AND d.published_at IS NOT NULL AND d.expiry_date IS NULL AND d.document_type = 'Quyết định'
       ORDER BY d.issue_date LIMIT 1`,
      [khanhKhe.id],
    );
    if (!old) throw new Error('no in-force decision to replace');
    const statusOf = async (status: string): Promise<boolean> => {
      const response = await site
        .as('khanh-khe')
        .get<DocumentSearchResponse>(`/portal-search/documents?number=${encodeURIComponent(old.number_symbol)}&status=${status}`);
      expect(response.status).toBe(200);
      return response.body.data.some((hit) => hit.documentId === old.document_id);
    };
    expect(await statusOf('in_force')).toBe(true);
    const created = await head.create(DOCUMENT, {
      number: '905',
      symbol: 'QĐ-UBND',
      documentType: 'Quyết định',
      issuingBody: 'UBND xã Khánh Khê',
      issueDate: '2026-11-25',
      effectiveDate: '2026-11-25',
      summary: `Quyết định thay thế Quyết định số ${old.number_symbol}`,
      files: [
        (
          await head.upload(
            'qd-905.pdf',
            'application/pdf',
            new Uint8Array(
              await administrativePdf({
                issuer: 'UBND XÃ KHÁNH KHÊ',
                numberLine: 'Số: 905/QĐ-UBND',
                title: 'Quyết định',
                subtitle: 'Thay thế',
                paragraphs: ['Thay thế quyết định cũ.'],
                signerPosition: 'CHỦ TỊCH',
                signer: 'Hoàng Văn Thạch',
              }),
            ),
          )
        )[0]?.id,
      ],
      relatedDocuments: [{ relationKind: 'Thay thế', document: { connect: [{ documentId: old.document_id }] } }],
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    const newer = created.body.data.documentId;
    expect((await press(head, DOCUMENT, newer, { action: 'force_publish', comment: 'Kiểm thử hiệu lực' })).status).toBe(200);
    expect(await eventually(async () => (await statusOf('expired')) && !(await statusOf('in_force')))).toBe(true);
    expect((await press(head, DOCUMENT, newer, { action: 'unpublish', comment: 'Đăng nhầm' })).status).toBe(200);
    expect(await eventually(async () => statusOf('in_force'))).toBe(true);
  });

  it('indexes a document whose PDF cannot be read by its other fields, and keeps going', async () => {
    const [broken] = await head.upload('hong.pdf', 'application/pdf', '%PDF-1.4 this is not really a pdf');
    const created = await head.create(DOCUMENT, {
      number: '78',
      symbol: 'TB-UBND',
      documentType: 'Thông báo',
      issuingBody: 'UBND xã Khánh Khê',
      signer: 'Hoàng Văn Thạch',
      issueDate: '2026-11-21',
      summary: 'Thông báo tổng vệ sinh môi trường khu chợ Pác Luống',
      files: [broken?.id],
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect((await press(head, DOCUMENT, id, { action: 'force_publish', comment: 'Kiểm thử tệp hỏng' })).status).toBe(200);
    expect(
      await eventually(async () => (await search(site.as('khanh-khe'), 'q=pac%20luong')).body.data.some((hit) => hit.documentId === id)),
    ).toBe(true);
  });
});

describe('reindex', () => {
  it('rebuilds one commune’s index from what is live, with a progress bar', async () => {
    await db.query('DELETE FROM portal_search_entries WHERE commune_id = $1', [khanhKhe.id]);
    expect((await search(site.as('khanh-khe'), 'q=khanh%20khe')).body.data).toEqual([]);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'reindex.js'), '--commune', 'khanh-khe'], {
        cwd: cmsDir,
        env: setup.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`reindex exited with ${code}: ${text.slice(-3000)}`))));
    });
    expect(output).toMatch(/Văn bản\s+\[#{30}\] \d+\/\d+/);
    const line = output.split('\n').find((entry) => entry.startsWith('REINDEX_RESULT '));
    expect(JSON.parse(line?.slice('REINDEX_RESULT '.length) ?? '{}').indexed).toBeGreaterThan(20);
    expect((await search(site.as('khanh-khe'), 'q=khanh%20khe')).body.meta.pagination.total).toBeGreaterThan(5);
    const others = await db.query<{ n: string }>('SELECT count(*) AS n FROM portal_search_entries WHERE commune_id <> $1', [khanhKhe.id]);
    expect(Number(others[0]?.n)).toBeGreaterThan(0);
  });
});
