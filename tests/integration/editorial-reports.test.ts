/**
 * The board's report figures (seed 003), over HTTP against the real Strapi and PostgreSQL: a few
 * items walk through the flow — returned twice, rejected twice, received on paper, force-published,
 * unpublished and republished — and the figures count each item once, exactly; the demo seed's
 * imports are not counted; who may see which commune; the site's visits (period, this year, in
 * total) for a commune and the province; and the Excel export reads back with the same numbers.
 */
import { Workbook } from 'exceljs';
import type { ReportData, ReportResponse } from '../../plugins/editorial-board/shared';
import { ARTICLE, press, stateOf } from '../support/board';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const DOCUMENT = 'api::document.document';
const PASSWORD = 'Bao-Cao-2026';
const ROLES = {
  head: { code: 'commune-board-head', boardRole: 'head' },
  member: { code: 'commune-board-member', boardRole: 'member' },
  contributor: { code: 'commune-contributor', boardRole: 'contributor' },
  admin: { code: 'commune-admin', boardRole: 'member' },
} as const;
type Role = keyof typeof ROLES;
/** A 1×1 PNG: the photos the member inserts while editing. */
const PIXEL = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

let db: TestDatabase;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
let viewer: AdminClient;
let nobody: AdminClient;
const people: Record<string, AdminClient> = {};
const ids: Record<string, number> = {};
const names: Record<string, string> = {};
let khanhKhe: { id: number; documentId: string };
let sonGiang: { id: number; documentId: string };
let photoId: number;
let pdfId: number;

const as = (who: string): AdminClient => {
  const user = people[who];
  if (!user) throw new Error(`no user ${who}`);
  return user;
};

type ReportAnswer = JsonResponse<StrapiErrorBody & Partial<ReportResponse>>;

const report = (user: AdminClient, query = ''): Promise<ReportAnswer> => user.call('GET', `/editorial-board/reports${query}`);

async function figuresOf(user: AdminClient, query = ''): Promise<ReportData> {
  const response = await report(user, query);
  if (response.status !== 200 || !response.body.data)
    throw new Error(`report failed with HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data;
}

/** Downloads the export as the admin panel does, and reads it back with exceljs. */
async function download(
  user: AdminClient,
  query = '',
): Promise<{ status: number; type: string | null; disposition: string | null; workbook: Workbook | null }> {
  const response = await fetch(`${user.baseUrl}/editorial-board/reports/export${query}`, {
    headers: { authorization: `Bearer ${user.token}` },
    signal: AbortSignal.timeout(60000),
  });
  const bytes = await response.arrayBuffer();
  let workbook: Workbook | null = null;
  if (response.status === 200) {
    workbook = new Workbook();
    await workbook.xlsx.load(bytes);
  }
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    workbook,
  };
}

/** Today in Vietnam (UTC+7), YYYY-MM-DD, the day every event of this test happens on. */
const vietnamToday = (): string => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

async function article(who: string, title: string, kind: 'tin' | 'bai'): Promise<string> {
  const response = await as(who).create(ARTICLE, {
    title,
    kind,
    featured: false,
    summary: 'Tóm tắt',
    commune: { connect: [{ documentId: khanhKhe.documentId }] },
  });
  expect(response.status).toBe(201);
  return response.body.data.documentId;
}

async function ok(response: Promise<JsonResponse<StrapiErrorBody>>): Promise<void> {
  const answer = await response;
  if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`);
}

const step = (
  who: string,
  uid: string,
  documentId: string,
  action: Parameters<typeof press>[3]['action'],
  extra: { comment?: string; assigneeId?: number; thenPublish?: boolean } = {},
) => ok(press(as(who), uid, documentId, { action, ...extra }));

const zero = { received: 0, published: 0, returnedItems: 0, returns: 0, rejected: 0, photos: 0 };

beforeAll(async () => {
  const seeded = await createSeededDatabase('editorial_reports');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ id: number; document_id: string }>("SELECT id, document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  khanhKhe = { id: commune.id, documentId: commune.document_id };
  const [other] = await db.query<{ id: number; document_id: string }>("SELECT id, document_id FROM communes WHERE slug = 'son-giang'");
  if (!other) throw new Error('no Sơn Giang');
  sonGiang = { id: other.id, documentId: other.document_id };
  const account = async (name: string, roleCode: string): Promise<AdminClient> => {
    const email = `${name.toLowerCase()}@baocao.thu.vn`;
    ids[name] = await superAdmin.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(roleCode)],
    });
    names[name] = `Thử ${name}`; // family name first, as the board names people
    return AdminClient.login(strapi.url, email, PASSWORD);
  };
  const join = async (name: string, role: Role, communeDocumentId: string) => {
    people[name] = await account(name, ROLES[role].code);
    const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
      adminUserId: ids[name],
      commune: communeDocumentId,
      boardRole: ROLES[role].boardRole,
      isCommuneAdmin: role === 'admin',
    });
    expect(membership.status).toBe(200);
  };
  for (const role of Object.keys(ROLES) as Role[]) await join(role, role, khanhKhe.documentId);
  await join('otherHead', 'head', other.document_id);
  viewer = await account('viewer', 'commune-province-viewer');
  // A board member's account whose membership was removed: no commune, no report.
  nobody = await account('former', 'commune-board-member');
  const [photo] = await as('member').upload('hoi-nghi.png', 'image/png', PIXEL);
  const [pdf] = await as('member').upload('12-TB-UBND.pdf', 'application/pdf', '%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  if (!photo || !pdf) throw new Error('upload returned nothing');
  photoId = photo.id;
  pdfId = pdf.id;
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('report figures from the event log', () => {
  let afterWalk: ReportData;

  it('counts nothing the board did not do: the demo seed’s direct publications are imports', async () => {
    const imports = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM editorial_events WHERE commune_id = $1 AND action = 'import'",
      [khanhKhe.id],
    );
    expect(Number(imports[0]?.n)).toBeGreaterThan(0);
    const before = await figuresOf(as('head'));
    expect(before.scope).toBe('commune');
    expect(before.communes.map((entry) => entry.commune.slug)).toEqual(['khanh-khe']);
    expect(before.total.total).toEqual(zero);
    expect(before.communes[0]?.authors).toEqual([]);
  });

  it('counts each item once per figure, whatever happens to it after', async () => {
    // A: a contributor's news item; the member inserts three photos; returned twice, then published.
    const a = await article('contributor', 'Hội nghị triển khai nhiệm vụ năm', 'tin');
    await step('contributor', ARTICLE, a, 'submit');
    await step('head', ARTICLE, a, 'assign', { assigneeId: ids.member });
    const figure = (alt: string) => ({ image: photoId, alt });
    expect(
      (
        await as('member').update(ARTICLE, a, {
          cover: figure('Toàn cảnh hội nghị'),
          gallery: [figure('Đại biểu phát biểu'), figure('Trao giấy khen')],
        })
      ).status,
    ).toBe(200);
    await step('member', ARTICLE, a, 'send');
    await step('head', ARTICLE, a, 'return', { comment: 'Bổ sung số liệu.' });
    await step('member', ARTICLE, a, 'send');
    await step('head', ARTICLE, a, 'return', { comment: 'Sửa tên đại biểu.' });
    await step('member', ARTICLE, a, 'send');
    await step('head', ARTICLE, a, 'approve', { thenPublish: true });

    // B: the member's feature article, force-published by the head (an urgent case).
    const b = await article('member', 'Bài: đổi thay ở thôn Nà Pàn', 'bai');
    await step('member', ARTICLE, b, 'submit');
    await step('head', ARTICLE, b, 'force_publish', { comment: 'Cần đăng ngay cho kịp lễ kỷ niệm.' });

    // C: rejected, reopened, submitted and rejected again: one item received, one rejected.
    const c = await article('contributor', 'Tin quảng cáo', 'tin');
    await step('contributor', ARTICLE, c, 'submit');
    await step('head', ARTICLE, c, 'reject', { comment: 'Không phù hợp với trang của xã.' });
    await step('contributor', ARTICLE, c, 'reopen');
    await step('contributor', ARTICLE, c, 'submit');
    await step('head', ARTICLE, c, 'reject', { comment: 'Vẫn không phù hợp.' });

    // D: received on paper from an outside contributor, with one photo, then published.
    const d = await article('member', 'Tin do Hội Nông dân xã gửi', 'tin');
    expect((await as('member').update(ARTICLE, d, { cover: figure('Ruộng lúa vụ xuân') })).status).toBe(200);
    const received = await as('member').call('POST', `/editorial-board/workflows/${ARTICLE}/${d}/received`, {
      version: (await stateOf(as('member'), ARTICLE, d)).version,
      authorName: 'Nguyễn Thị Hoa',
      channel: 'paper',
    });
    expect(received.status).toBe(200);
    await step('head', ARTICLE, d, 'assign', { assigneeId: ids.member });
    await step('member', ARTICLE, d, 'send');
    await step('head', ARTICLE, d, 'approve', { thenPublish: true });

    // E: a directive document, posted.
    const created = await as('member').create(DOCUMENT, {
      number: '12',
      symbol: 'TB-UBND',
      documentType: 'Thông báo',
      issuingBody: 'UBND xã Khánh Khê',
      signer: 'Hoàng Văn Thạch',
      signerPosition: 'Chủ tịch',
      issueDate: '2026-01-05',
      effectiveDate: '2026-01-05',
      field: 'Văn hóa – Xã hội',
      summary: 'Thông báo lịch tiếp công dân năm 2026',
      files: [pdfId],
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(created.status).toBe(201);
    const e = created.body.data.documentId;
    await step('member', DOCUMENT, e, 'submit');
    await step('head', DOCUMENT, e, 'assign', { assigneeId: ids.member });
    await step('member', DOCUMENT, e, 'send');
    await step('head', DOCUMENT, e, 'approve', { thenPublish: true });

    // F: submitted, still waiting.
    const f = await article('contributor', 'Tin đang chờ phân công', 'tin');
    await step('contributor', ARTICLE, f, 'submit');

    afterWalk = await figuresOf(as('head'));
    const figures = afterWalk.communes[0]?.figures;
    expect(figures?.byKind).toEqual({
      tin: { received: 4, published: 2, returnedItems: 1, returns: 2, rejected: 1, photos: 4 },
      bai: { received: 1, published: 1, returnedItems: 0, returns: 0, rejected: 0, photos: 0 },
      document: { received: 1, published: 1, returnedItems: 0, returns: 0, rejected: 0, photos: 0 },
      procedure: zero,
      page: zero,
    });
    expect(figures?.total).toEqual({ received: 6, published: 4, returnedItems: 1, returns: 2, rejected: 1, photos: 4 });
    expect(figures?.articlePhotos).toBe(4);
    expect(figures?.documentsPosted).toBe(1);
    expect(afterWalk.total).toEqual(figures);
    const none = { tin: 0, bai: 0, document: 0, procedure: 0, page: 0 };
    expect(afterWalk.communes[0]?.authors).toEqual([
      { authorName: 'Nguyễn Thị Hoa', published: { ...none, tin: 1 }, publishedTotal: 1, photos: 1 },
      { authorName: names.contributor, published: { ...none, tin: 1 }, publishedTotal: 1, photos: 3 },
      { authorName: names.member, published: { ...none, bai: 1, document: 1 }, publishedTotal: 2, photos: 0 },
    ]);

    // A is unpublished, resubmitted and republished: nothing changes.
    await step('head', ARTICLE, a, 'unpublish', { comment: 'Gỡ để cập nhật số liệu.' });
    expect((await as('member').update(ARTICLE, a, { summary: 'Tóm tắt có số liệu mới' })).status).toBe(200);
    await step('contributor', ARTICLE, a, 'submit');
    await step('head', ARTICLE, a, 'assign', { assigneeId: ids.member });
    await step('member', ARTICLE, a, 'send');
    await step('head', ARTICLE, a, 'approve', { thenPublish: true });
    expect((await db.query('SELECT 1 FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [a])).length).toBe(1);
    const republished = await figuresOf(as('head'));
    expect(republished.communes).toEqual(afterWalk.communes);
  });

  it('covers inclusive days in Vietnam time', async () => {
    const today = vietnamToday();
    const year = today.slice(0, 4);
    expect(afterWalk.period).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect((await figuresOf(as('head'), `?from=${today}&to=${today}`)).total).toEqual(afterWalk.total);
    expect((await figuresOf(as('head'), `?from=${addDays(today, -400)}&to=${addDays(today, -1)}`)).total.total).toEqual(zero);
    expect((await figuresOf(as('head'), `?from=${addDays(today, 1)}&to=${addDays(today, 30)}`)).total.total).toEqual(zero);
  });

  it.each([
    ['?from=2026-02-30&to=2026-03-01', 'Ngày bắt đầu “2026-02-30” không hợp lệ'],
    ['?from=2026-12-31&to=2026-01-01', 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.'],
    ['?from=2026-01-01', 'Hãy chọn ngày kết thúc của kỳ báo cáo.'],
    ['?from=2026-01-01&to=31%2F12%2F2026', 'Ngày kết thúc “31/12/2026” không hợp lệ'],
  ])('refuses the period %s with a Vietnamese message', async (query, message) => {
    const response = await report(as('head'), query);
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain(message);
  });
});

describe('who may see the figures', () => {
  it.each(['head', 'member', 'contributor', 'admin'])('the commune’s %s sees them', async (who) => {
    const mine = await figuresOf(as(who), `?commune=${khanhKhe.documentId}`);
    expect(mine.communes[0]?.figures.total.received).toBe(6);
  });

  it('another commune’s head finds no such commune, and sees only their own by default', async () => {
    const response = await report(as('otherHead'), `?commune=${khanhKhe.documentId}`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('Khánh Khê');
    expect((await download(as('otherHead'), `?commune=${khanhKhe.documentId}`)).status).toBe(404);
    const own = await figuresOf(as('otherHead'));
    expect(own.communes.map((entry) => entry.commune.slug)).toEqual(['son-giang']);
    expect(own.total.total).toEqual(zero);
  });

  it('refuses an account without a commune (403), and an unknown commune is not found', async () => {
    expect((await report(nobody)).status).toBe(403);
    expect((await download(nobody)).status).toBe(403);
    expect((await report(superAdmin, '?commune=khong-co-xa-nay')).status).toBe(404);
  });

  it('gives province IT and the province viewer every commune and the province total', async () => {
    for (const user of [superAdmin, viewer]) {
      const province = await figuresOf(user);
      expect(province.scope).toBe('province');
      expect(province.communes.map((entry) => entry.commune.slug)).toEqual(expect.arrayContaining(['khanh-khe', 'son-giang', 'quoc-tuan']));
      const ours = province.communes.find((entry) => entry.commune.slug === 'khanh-khe');
      expect(ours?.figures.total).toEqual({ received: 6, published: 4, returnedItems: 1, returns: 2, rejected: 1, photos: 4 });
      expect(province.total.total).toEqual(ours?.figures.total);
      expect((await figuresOf(user, `?commune=${khanhKhe.documentId}`)).communes.map((entry) => entry.commune.slug)).toEqual(['khanh-khe']);
    }
  });
});

describe('visits in the report', () => {
  const year = Number(vietnamToday().slice(0, 4));
  const visitsOf = (data: ReportData, slug: string) => data.communes.find((entry) => entry.commune.slug === slug)?.visits;

  beforeAll(async () => {
    const [existing] = await db.query<{ n: string }>('SELECT count(*) AS n FROM site_visits');
    // The demo seed records no visits: every visit below is this test's.
    expect(Number(existing?.n)).toBe(0);
    const rows: Array<[number, string, number]> = [
      // Khánh Khê: this year 100 + 7, last year 1,000, three years ago 20,000.
      [khanhKhe.id, `${year}-01-01`, 100],
      [khanhKhe.id, vietnamToday(), 7],
      [khanhKhe.id, `${year - 1}-12-31`, 1000],
      [khanhKhe.id, `${year - 3}-06-15`, 20000],
      // Sơn Giang: this year 30, last year 300.
      [sonGiang.id, `${year}-01-01`, 30],
      [sonGiang.id, `${year - 1}-07-01`, 300],
      // A commune id that is no commune: in no row and not in the province total.
      [999999, vietnamToday(), 5000],
    ];
    for (const [communeId, day, visits] of rows) {
      // On 1 January the first two rows are one day: their visits add up.
      await db.query(
        `INSERT INTO site_visits (commune_id, day, visits) VALUES ($1, $2::date, $3)
         ON CONFLICT (commune_id, day) DO UPDATE SET visits = site_visits.visits + EXCLUDED.visits`,
        [communeId, day, visits],
      );
    }
  });

  it('counts this year’s report up to today: the period, the year and the total since counting began', async () => {
    const mine = await figuresOf(as('head'));
    expect(mine.visitsAsOf).toBe(vietnamToday());
    expect(mine.communes[0]?.visits).toEqual({ period: 107, year: 107, total: 21107 });
    expect(mine.totalVisits).toEqual({ period: 107, year: 107, total: 21107 });
    expect(visitsOf(await figuresOf(as('otherHead')), 'son-giang')).toEqual({ period: 30, year: 30, total: 330 });
  });

  it('counts a past period up to its last day, whenever it is asked', async () => {
    const past = await figuresOf(as('head'), `?from=${year - 3}-01-01&to=${year - 1}-12-31`);
    expect(past.visitsAsOf).toBe(`${year - 1}-12-31`);
    // Period: three years; year: the last of them; total: everything up to its end (not this year's 107).
    expect(past.communes[0]?.visits).toEqual({ period: 21000, year: 1000, total: 21000 });
  });

  it('gives province IT each commune’s visits and the province total of the communes', async () => {
    const province = await figuresOf(superAdmin);
    expect(visitsOf(province, 'khanh-khe')).toEqual({ period: 107, year: 107, total: 21107 });
    expect(visitsOf(province, 'son-giang')).toEqual({ period: 30, year: 30, total: 330 });
    expect(visitsOf(province, 'quoc-tuan')).toEqual({ period: 0, year: 0, total: 0 });
    expect(province.totalVisits).toEqual({ period: 137, year: 137, total: 21437 });
    const lastYear = await figuresOf(viewer, `?from=${year - 1}-01-01&to=${year - 1}-12-31`);
    expect(lastYear.totalVisits).toEqual({ period: 1300, year: 1300, total: 21300 });
  });
});

describe('the Excel export', () => {
  const cells = (workbook: Workbook | null, sheet: string, row: number): unknown[] => {
    const values = workbook?.getWorksheet(sheet)?.getRow(row).values;
    return Array.isArray(values) ? values.slice(1) : [];
  };
  const rowsOf = (workbook: Workbook | null, sheet: string): unknown[][] => {
    const rows: unknown[][] = [];
    workbook?.getWorksheet(sheet)?.eachRow((row) => rows.push(Array.isArray(row.values) ? row.values.slice(1) : []));
    return rows;
  };

  it('downloads the commune’s report as a real .xlsx with the same figures', async () => {
    const year = vietnamToday().slice(0, 4);
    const file = await download(as('head'), `?from=${year}-01-01&to=${year}-12-31`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.disposition).toBe(`attachment; filename="bao-cao-ban-bien-tap-khanh-khe-${year}.xlsx"`);
    expect(file.workbook?.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Theo tác giả']);
    // Header on row 4, then Tin, Bài, documents, procedures, pages, and the total.
    expect(cells(file.workbook, 'Tổng hợp', 4)).toEqual([
      'Loại',
      'Tiếp nhận',
      'Đã đăng',
      'Bị trả lại (số tin, bài)',
      'Số lần trả lại',
      'Bị từ chối',
      'Ảnh đã đăng',
    ]);
    expect(cells(file.workbook, 'Tổng hợp', 5)).toEqual(['Tin', 4, 2, 1, 2, 1, 4]);
    expect(cells(file.workbook, 'Tổng hợp', 6)).toEqual(['Bài', 1, 1, 0, 0, 0, 0]);
    expect(cells(file.workbook, 'Tổng hợp', 7)).toEqual(['Văn bản chỉ đạo điều hành', 1, 1, 0, 0, 0, 0]);
    expect(cells(file.workbook, 'Tổng hợp', 10)).toEqual(['Tổng cộng', 6, 4, 1, 2, 1, 4]);
    expect(cells(file.workbook, 'Tổng hợp', 12)).toEqual(['Ảnh đăng kèm tin, bài', 4]);
    expect(cells(file.workbook, 'Tổng hợp', 13)).toEqual(['Văn bản đã đăng', 1]);
    const asOf = vietnamToday().split('-').reverse().join('/');
    expect(cells(file.workbook, 'Tổng hợp', 15)).toEqual(['Lượt truy cập trong kỳ', 107]);
    expect(cells(file.workbook, 'Tổng hợp', 16)).toEqual([`Lượt truy cập từ đầu năm ${year} đến ngày ${asOf}`, 107]);
    expect(cells(file.workbook, 'Tổng hợp', 17)).toEqual([`Tổng số lượt truy cập đến ngày ${asOf}`, 21107]);
    expect(rowsOf(file.workbook, 'Theo tác giả')).toEqual([
      [
        'Xã, phường',
        'Tác giả',
        'Đã đăng: tin',
        'Đã đăng: bài',
        'Đã đăng: văn bản chỉ đạo điều hành',
        'Đã đăng: thủ tục hành chính',
        'Đã đăng: trang giới thiệu',
        'Đã đăng (tất cả)',
        'Ảnh',
      ],
      ['Xã Khánh Khê', 'Nguyễn Thị Hoa', 1, 0, 0, 0, 0, 1, 1],
      ['Xã Khánh Khê', names.contributor, 1, 0, 0, 0, 0, 1, 3],
      ['Xã Khánh Khê', names.member, 0, 1, 1, 0, 0, 2, 0],
    ]);
  });

  it('gives province IT one row per commune, with its visits, and the province total', async () => {
    const file = await download(superAdmin);
    expect(file.status).toBe(200);
    expect(file.disposition).toBe(`attachment; filename="bao-cao-ban-bien-tap-toan-tinh-${vietnamToday().slice(0, 4)}.xlsx"`);
    expect(file.workbook?.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Theo xã, phường', 'Theo tác giả']);
    const rows = rowsOf(file.workbook, 'Theo xã, phường');
    expect(rows[0]?.slice(-3)).toEqual([
      'Lượt truy cập trong kỳ',
      expect.stringMatching(/^Lượt truy cập từ đầu năm \d{4} đến ngày /),
      expect.stringMatching(/^Tổng số lượt truy cập đến ngày /),
    ]);
    // Received, published tin, bài and all, returned items, returns, rejected, photos, documents;
    // then visits in the period, this year and in total.
    expect(rows.find((row) => row[0] === 'Xã Khánh Khê')?.slice(2)).toEqual([6, 2, 1, 4, 1, 2, 1, 4, 1, 107, 107, 21107]);
    expect(rows.find((row) => row[0] === 'Xã Sơn Giang')?.slice(2)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 30, 330]);
    expect(rows.find((row) => row[0] === 'Tổng cộng')?.slice(2)).toEqual([6, 2, 1, 4, 1, 2, 1, 4, 1, 137, 137, 21437]);
    expect(
      rows.filter((row) => typeof row[0] === 'string' && row[0] !== 'Tổng cộng' && row[0] !== 'Xã, phường').length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('a province-wide year', () => {
  it('answers quickly from 220,000 events (55 communes × 4,000)', async () => {
    // Events of communes that do not exist: scanned and aggregated like real ones, shown nowhere.
    await db.query(`
      INSERT INTO editorial_events (document_id, workflow_id, target_uid, target_document_id, locale, commune_id, action, version, kind, photos, author_name, first_time, created_at, updated_at)
      SELECT md5(n::text), n / 8, 'api::article.article', md5((n / 8)::text), '', 100000 + n % 55,
             (ARRAY['create', 'submit', 'assign', 'send', 'return', 'send', 'approve', 'publish'])[n % 8 + 1], n % 8 + 1,
             CASE WHEN n % 3 = 0 THEN 'bai' ELSE 'tin' END, n % 4, 'Tác giả ' || (n % 40), n % 8 IN (1, 4, 7),
             now() - (n % 360) * interval '1 day', now()
      FROM generate_series(1, 220000) AS n`);
    await db.query('ANALYZE editorial_events');
    const started = Date.now();
    const province = await figuresOf(superAdmin);
    const elapsed = Date.now() - started;
    console.log(`Province-wide report over ${220000} extra events: ${elapsed} ms`);
    expect(province.scope).toBe('province');
    expect(elapsed).toBeLessThan(5000);
    const started2 = Date.now();
    expect((await download(superAdmin)).status).toBe(200);
    console.log(`Province-wide export: ${Date.now() - started2} ms`);
  });
});
