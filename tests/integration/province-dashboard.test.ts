/**
 * The province dashboard over HTTP against the real Strapi and PostgreSQL (issue 17). On the
 * demo data of three communes, the test first writes a known year with SQL — the board's events,
 * the visits, the queue, three documents with known issue and publication days, and how recent
 * each required section is — then checks every figure of the overview, Khánh Khê's dashboard and
 * scorecard, that the dashboard's publications equal the board's yearly report, the Excel export,
 * the day's scorecard kept for the chart, and who may see what (the route sweep of the tenancy
 * attack matrix covers every role against another commune; this file checks the messages).
 */
import { Workbook } from 'exceljs';
import type {
  CommuneDashboardData,
  CommuneDashboardResponse,
  OverviewData,
  OverviewResponse,
} from '../../plugins/province-dashboard/shared';
import type { ReportResponse } from '../../plugins/editorial-board/shared';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, type StrapiErrorBody } from '../support/http';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const PASSWORD = 'Tong-Quan-2026';
const DAY_MS = 86_400_000;

let db: TestDatabase;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
const people: Record<string, AdminClient> = {};
const communes: Record<string, { id: number; documentId: string }> = {};

// ---- The calendar of the known year (Vietnam time, relative to today) ---------------------------

const vietnamDay = (instant: Date): string => new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const today = vietnamDay(new Date());
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** The instant of hh:mm in Vietnam on a day; today's events happen 30 s after midnight, before now. */
const at = (day: string, hours = 10): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 7 * 3600_000 + (day === today ? 30_000 : hours * 3600_000));
const year = today.slice(0, 4);
const month = today.slice(0, 7);
const D40 = addDays(today, -40);
const D400 = addDays(today, -400);
const months = Array.from({ length: 12 }, (_, index) => {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + index - 11);
  return date.toISOString().slice(0, 7);
});
const inYear = (day: string): boolean => day.startsWith(year);

/** The latest Friday F with F + 10 days no later than today: the documents' issue day. */
const friday = ((): string => {
  let day = addDays(today, -10);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 5) day = addDays(day, -1);
  return day;
})();
/** Issue day, publication day, calendar days, working days between them. */
const DOCUMENTS = [
  { issue: addDays(friday, 3), published: addDays(friday, 5), days: 2, late: false }, // Monday → Wednesday
  { issue: friday, published: addDays(friday, 7), days: 7, late: false }, // Friday → next Friday: 5 working days
  { issue: friday, published: addDays(friday, 10), days: 10, late: true }, // Friday → the Monday after: 6 working days
];

// ---- Writing the known year ----------------------------------------------------------------------

let eventId = 0;
async function event(communeId: number, action: string, kind: string, when: Date, firstTime: boolean, workflowId = 999_999): Promise<void> {
  eventId += 1;
  await db.query(
    `INSERT INTO editorial_events (document_id, workflow_id, target_uid, target_document_id, locale, commune_id, action, version, kind, first_time, title, created_at, updated_at)
     VALUES ($1, $2, 'api::article.article', $3, '', $4, $5, 1, $6, $7, 'Sự kiện thử', $8, $8)`,
    [
      `evt${String(eventId).padStart(21, '0')}`,
      workflowId,
      `tgt${String(eventId).padStart(21, '0')}`,
      communeId,
      action,
      kind,
      firstTime,
      when,
    ],
  );
}

async function workflow(
  communeId: number,
  title: string,
  kind: string,
  state: string,
  submittedAt: Date | null,
  scheduledAt: Date | null = null,
): Promise<void> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO editorial_workflows (document_id, target_uid, target_document_id, locale, commune_id, title, kind, state, version, source_channel, scheduled_at, created_at, updated_at)
     VALUES ($1, 'api::article.article', $1, '', $2, $3, $4, $5, 1, 'admin', $6, now(), now()) RETURNING id`,
    [`wfl${title.length}${Math.random().toString(36).slice(2, 12)}`, communeId, title, kind, state, scheduledAt],
  );
  if (submittedAt && row) await event(communeId, 'submit', kind, submittedAt, true, row.id);
}

/** Every live row of a commune's section published (or, without drafts, saved) at `when`. */
async function touch(
  table: string,
  communeId: number,
  when: Date,
  column: 'published_at' | 'updated_at' = 'published_at',
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `UPDATE ${table} SET ${column} = $2 WHERE commune_key = $1 ${column === 'published_at' ? 'AND published_at IS NOT NULL' : ''} RETURNING id`,
    [communeId, when],
  );
  return rows.length;
}

const FRESH = new Date(Date.now() - 2 * DAY_MS);
let lateDocumentId = '';

async function writeKnownYear(): Promise<void> {
  const { khanhKhe: k, sonGiang: s } = communes as Record<string, { id: number }>;
  if (!k || !s) throw new Error('demo communes missing');
  // Only this test's events, queue and visits count.
  await db.query('DELETE FROM editorial_events');
  await db.query('DELETE FROM editorial_workflows');
  await db.query('DELETE FROM site_visits');

  // First publications: today tin ×2, bai, a force-published document; 40 days ago a document and a plan; 400 days ago a tin.
  for (const kind of ['tin', 'tin', 'bai']) await event(k.id, 'publish', kind, at(today), true);
  await event(k.id, 'force_publish', 'document', at(today), true);
  await event(k.id, 'publish', 'document', at(D40), true);
  await event(k.id, 'publish', 'plan', at(D40), true);
  await event(k.id, 'publish', 'tin', at(D400), true);
  // Not first publications, and imports: never counted.
  await event(k.id, 'publish', 'tin', at(today), false);
  await event(k.id, 'import', 'tin', at(today), true);
  await event(s.id, 'publish', 'tin', at(today), true);

  // The queue: two items wait, the oldest sent 10 days ago; an approved item with its hour set does not wait for the board.
  await workflow(k.id, 'Tin chờ duyệt lâu nhất', 'tin', 'submitted', at(addDays(today, -10)));
  await workflow(k.id, 'Kế hoạch đang duyệt', 'plan', 'in_review', at(addDays(today, -3)));
  await workflow(k.id, 'Tin đã duyệt, hẹn giờ đăng', 'tin', 'approved', at(addDays(today, -1)), new Date(Date.now() + DAY_MS));

  // Visits.
  for (const [communeId, day, visits] of [
    [k.id, today, 5],
    [k.id, D40, 7],
    [k.id, D400, 11],
    [s.id, today, 2],
  ] as const) {
    await db.query('INSERT INTO site_visits (commune_id, day, visits) VALUES ($1, $2::date, $3)', [communeId, day, visits]);
  }

  // Khánh Khê's sections: every one published two days ago, but the leaders saved 200 days ago and
  // a work schedule two weeks old; this year's budget estimate.
  for (const table of [
    'articles',
    'procedures',
    'plans',
    'consultations',
    'question_answers',
    'investment_projects',
    'bidding_notices',
    'budget_reports',
    'statistics',
    'pages',
  ]) {
    expect(await touch(table, k.id, FRESH)).toBeGreaterThan(0);
  }
  expect(await touch('contacts', k.id, FRESH, 'updated_at')).toBeGreaterThan(0);
  expect(await touch('officials', k.id, new Date(Date.now() - 200 * DAY_MS), 'updated_at')).toBeGreaterThan(0);
  const monday = ((): string => {
    let day = today;
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, -1);
    return day;
  })();
  await db.query(
    'UPDATE work_schedules SET week_start = $2::date, published_at = CASE WHEN published_at IS NULL THEN NULL ELSE $3::timestamptz END WHERE commune_key = $1',
    [k.id, addDays(monday, -14), FRESH],
  );
  const estimates = await db.query("UPDATE budget_reports SET year = $2 WHERE commune_key = $1 AND report_kind = 'Dự toán' RETURNING id", [
    k.id,
    Number(year),
  ]);
  expect(estimates.length).toBeGreaterThan(0);
  const organisation = await db.query(
    "SELECT id FROM pages WHERE commune_key = $1 AND section = 'organisation' AND published_at IS NOT NULL",
    [k.id],
  );
  expect(organisation.length).toBeGreaterThan(0);

  // Documents: all published last year, but three of the commune's own with known days.
  await touch('documents', k.id, at(D400));
  const own = await db.query<{ document_id: string }>(
    "SELECT document_id FROM documents WHERE commune_key = $1 AND published_at IS NOT NULL AND document_type NOT IN ('Luật', 'Nghị định', 'Thông tư') ORDER BY id LIMIT 3",
    [k.id],
  );
  expect(own).toHaveLength(3);
  for (const [index, spec] of DOCUMENTS.entries()) {
    const documentId = own[index]?.document_id ?? '';
    await db.query(
      'UPDATE documents SET issue_date = $2::date, published_at = CASE WHEN published_at IS NULL THEN NULL ELSE $3::timestamptz END WHERE document_id = $1',
      [documentId, spec.issue, at(spec.published)],
    );
    if (spec.late) lateDocumentId = documentId;
  }

  // Citizens' searches as the site sent them (masked): one query searched once is left out of
  // "not found", and one of 400 days ago is outside the 90 days shown.
  for (const [day, query, searches, empty] of [
    [today, 'giay khai sinh', 5, 0],
    [D40, 'giay khai sinh', 1, 0],
    [D40, 'le hoi long tong', 3, 3],
    [today, 'nguyen van a', 1, 1],
    [D400, 'cu', 9, 9],
  ] as const) {
    await db.query('INSERT INTO search_queries (commune_id, day, query, searches, empty) VALUES ($1, $2::date, $3, $4, $5)', [
      k.id,
      day,
      query,
      searches,
      empty,
    ]);
  }

  // The scorecard as it stood 40 days ago, as the hourly job recorded it.
  await db.query(
    'INSERT INTO compliance_snapshots (commune_id, day, score, ok, stale, empty) VALUES ($1, $3::date, 50, 7, 5, 2), ($2, $3::date, 70, 10, 2, 2)',
    [k.id, s.id, D40],
  );
}

// ---- Calls ----------------------------------------------------------------------------------------

async function overview(user: AdminClient): Promise<OverviewData> {
  const response = await user.call<OverviewResponse & StrapiErrorBody>('GET', '/province-dashboard/overview');
  if (response.status !== 200)
    throw new Error(`overview: HTTP ${response.status} ${JSON.stringify(response.body)}\n${strapi.output().slice(-3000)}`);
  return response.body.data;
}

async function dashboard(user: AdminClient, commune: string): Promise<CommuneDashboardData> {
  const response = await user.call<CommuneDashboardResponse & StrapiErrorBody>(
    'GET',
    `/province-dashboard/commune?commune=${communes[commune]?.documentId}`,
  );
  if (response.status !== 200)
    throw new Error(`dashboard: HTTP ${response.status} ${JSON.stringify(response.body)}\n${strapi.output().slice(-3000)}`);
  return response.body.data;
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('province_dashboard');
  db = seeded.db;
  for (const [key, slug] of [
    ['khanhKhe', 'khanh-khe'],
    ['sonGiang', 'son-giang'],
    ['quocTuan', 'quoc-tuan'],
  ] as const) {
    const [row] = await db.query<{ id: number; document_id: string }>('SELECT id, document_id FROM communes WHERE slug = $1', [slug]);
    if (!row) throw new Error(`no ${slug}`);
    communes[key] = { id: row.id, documentId: row.document_id };
  }
  await writeKnownYear();
  strapi = await startStrapi(seeded.setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const account = async (name: string, roleCode: string, commune?: string, boardRole?: string): Promise<void> => {
    const email = `${name.toLowerCase()}@tongquan.thu.vn`;
    const id = await superAdmin.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(roleCode)],
    });
    if (commune) {
      const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
        adminUserId: id,
        commune: communes[commune]?.documentId,
        boardRole,
        isCommuneAdmin: false,
      });
      expect(membership.status).toBe(200);
    }
    people[name] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  await account('head', 'commune-board-head', 'khanhKhe', 'head');
  await account('contributor', 'commune-contributor', 'khanhKhe', 'contributor');
  await account('otherHead', 'commune-board-head', 'sonGiang', 'head');
  await account('viewer', 'commune-province-viewer');
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

const as = (name: string): AdminClient => {
  const user = people[name];
  if (!user) throw new Error(`no user ${name}`);
  return user;
};

const publishedThisYear = DOCUMENTS.filter((spec) => inYear(spec.published));
const median = (values: number[]): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? null : sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const monthIndex = (day: string): number => months.indexOf(day.slice(0, 7));

describe('the figures of a known year', () => {
  let data: OverviewData;

  beforeAll(async () => {
    data = await overview(superAdmin);
  });

  it("shows every commune, Khánh Khê's row exactly", () => {
    expect(data.today).toBe(today);
    expect(data.communes.map((row) => row.commune.slug).sort()).toEqual(['khanh-khe', 'quoc-tuan', 'son-giang']);
    const row = data.communes.find((entry) => entry.commune.slug === 'khanh-khe');
    const d40InYear = inYear(D40);
    expect(row?.visits).toEqual({ today: 5, month: 5, year: d40InYear ? 12 : 5, total: 23 });
    expect(row?.published.month).toEqual({ tin: 2, bai: 1, document: 1, other: 0, total: 4 });
    expect(row?.published.year).toEqual({
      tin: 2,
      bai: 1,
      document: d40InYear ? 2 : 1,
      other: d40InYear ? 1 : 0,
      total: d40InYear ? 6 : 4,
    });
    expect(row?.waiting).toEqual({ count: 2, oldestSince: at(addDays(today, -10)).toISOString() });
    const within = publishedThisYear.filter((spec) => !spec.late).length;
    expect(row?.documents).toEqual({
      count: publishedThisYear.length,
      medianDays: median(publishedThisYear.map((spec) => spec.days)),
      withinDeadline: within,
      withinShare: publishedThisYear.length === 0 ? null : within / publishedThisYear.length,
    });
    expect(row?.compliance).toEqual({ score: 86, ok: 12, stale: 2, empty: 0 });
    const newestDocument = at(DOCUMENTS[2]?.published ?? today).toISOString();
    const fresh = FRESH.toISOString();
    expect(row?.lastPublishedAt).toBe(newestDocument > fresh ? newestDocument : fresh);
  });

  it('adds the communes up for the province', () => {
    const others = data.communes.filter((entry) => entry.commune.slug !== 'khanh-khe');
    expect(data.communes.find((entry) => entry.commune.slug === 'son-giang')?.visits).toEqual({ today: 2, month: 2, year: 2, total: 2 });
    expect(data.communes.find((entry) => entry.commune.slug === 'quoc-tuan')?.published.year.total).toBe(0);
    expect(data.province.visits).toEqual({ today: 7, month: 7, year: inYear(D40) ? 14 : 7, total: 25 });
    expect(data.province.published.month.tin).toBe(3);
    expect(data.province.waiting.count).toBe(2);
    const scores = data.communes.map((entry) => entry.compliance.score);
    expect(data.province.compliance.score).toBe(Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length));
    expect(others.every((entry) => entry.compliance.score >= 0 && entry.compliance.score <= 100)).toBe(true);
  });

  it('draws twelve months: visits, publications by kind, the recorded scorecards', () => {
    expect(data.charts.months).toEqual(months);
    expect(data.charts.visits[11]).toBe(7);
    expect(data.charts.visits[monthIndex(D40)]).toBe(7);
    expect(data.charts.visits.reduce((sum, value) => sum + value, 0)).toBe(14);
    expect(data.charts.publications.tin[11]).toBe(3);
    expect(data.charts.publications.document[11]).toBe(1);
    expect(data.charts.publications.document[monthIndex(D40)]).toBe(1);
    expect(data.charts.publications.other[monthIndex(D40)]).toBe(1);
    expect(data.charts.visitsByCommune[communes.khanhKhe?.documentId ?? '']?.[11]).toBe(5);
    // 40 days ago: the mean of the two recorded scores.
    expect(data.charts.compliance[monthIndex(D40)]).toBe(60);
  });

  it("keeps today's scorecard of every commune for the chart", async () => {
    const rows = await db.query<{ commune_id: number; score: number }>(
      'SELECT commune_id, score FROM compliance_snapshots WHERE day = $1::date ORDER BY commune_id',
      [today],
    );
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.commune_id === communes.khanhKhe?.id)?.score).toBe(86);
  });

  it("gives Khánh Khê's board the same figures, with the lists behind them", async () => {
    const mine = await dashboard(as('head'), 'khanhKhe');
    const row = data.communes.find((entry) => entry.commune.slug === 'khanh-khe');
    expect(mine.figures).toEqual(row);
    expect(mine.scorecard.filter((entry) => entry.state !== 'ok').map((entry) => [entry.key, entry.state, entry.stateLabel])).toEqual([
      ['leaders', 'stale', 'Chưa cập nhật'],
      ['work-schedule', 'stale', 'Chưa cập nhật'],
    ]);
    const leaders = mine.scorecard.find((entry) => entry.key === 'leaders');
    expect(leaders).toMatchObject({
      rule: 'Cập nhật trong 6 tháng',
      adminPath: '/content-manager/collection-types/api::official.official',
    });
    expect(leaders?.note).toMatch(/^Cập nhật lần cuối \d{2}\/\d{2}\/\d{4} \((199|200) ngày trước\)$/);
    expect(mine.scorecard.find((entry) => entry.key === 'organisation')?.adminPath).toBe(
      '/content-manager/collection-types/api::page.page?filters[$and][0][section][$eq]=organisation',
    );
    expect(mine.lateDocuments.map((document) => [document.documentId, document.workingDays])).toEqual(
      inYear(DOCUMENTS[2]?.published ?? '') ? [[lateDocumentId, 6]] : [],
    );
    expect(mine.waitingItems.map((item) => [item.title, item.kind, item.state])).toEqual([
      ['Tin chờ duyệt lâu nhất', 'Tin', 'Chờ phân công'],
      ['Kế hoạch đang duyệt', 'Quy hoạch – Kế hoạch', 'Chờ duyệt'],
    ]);
    expect(mine.searches).toEqual({
      period: { from: addDays(today, -89), to: today },
      totalSearches: 10,
      emptySearches: 4,
      top: [
        { query: 'giay khai sinh', searches: 6, empty: 0 },
        { query: 'le hoi long tong', searches: 3, empty: 3 },
        { query: 'nguyen van a', searches: 1, empty: 1 },
      ],
      notFound: [{ query: 'le hoi long tong', searches: 3, lastDay: D40 }],
    });
    expect(mine.charts.dailyVisits.at(-1)).toBe(5);
    expect(mine.charts.days).toHaveLength(30);
    expect(mine.charts.compliance[monthIndex(D40)]).toBe(50);
    expect(mine.charts.compliance[11]).toBe(86);
  });

  it("publishes the same publications and visits as the board's yearly report", async () => {
    const report = await as('head').call<ReportResponse>(
      'GET',
      `/editorial-board/reports?from=${year}-01-01&to=${today}&commune=${communes.khanhKhe?.documentId}`,
    );
    expect(report.status).toBe(200);
    const figures = report.body.data.communes[0]?.figures;
    const row = data.communes.find((entry) => entry.commune.slug === 'khanh-khe');
    expect([figures?.byKind.tin.published, figures?.byKind.bai.published, figures?.byKind.document.published]).toEqual([
      row?.published.year.tin,
      row?.published.year.bai,
      row?.published.year.document,
    ]);
    const visits = report.body.data.communes[0]?.visits;
    expect([visits?.period, visits?.year, visits?.total]).toEqual([row?.visits.year, row?.visits.year, row?.visits.total]);
  });

  it('exports the overview as an Excel file with the same figures', async () => {
    const response = await fetch(`${superAdmin.baseUrl}/province-dashboard/overview/export`, {
      headers: { authorization: `Bearer ${superAdmin.token}` },
      signal: AbortSignal.timeout(60000),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tong-quan-cac-xa-${today}.xlsx"`);
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Các xã, phường');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const rows = (sheet?.getSheetValues() ?? []).slice(2).map((values) => (values as unknown[]).slice(1));
    const khanhKhe = rows.find((values) => values[0] === 'Xã Khánh Khê');
    const cell = (label: string) => khanhKhe?.[header.indexOf(label)];
    expect([
      cell('Truy cập hôm nay'),
      cell('Tổng lượt truy cập'),
      cell('Đăng tháng này: tin'),
      cell('Chờ Ban biên tập duyệt'),
      cell('Điểm đầy đủ thông tin (%)'),
    ]).toEqual([5, 23, 2, 2, 86]);
    expect(rows.at(-1)?.[0]).toBe('Toàn tỉnh');
    expect(rows.at(-1)?.[header.indexOf('Tổng lượt truy cập')]).toBe(25);
  });
});

describe('who sees which figures', () => {
  it('shows the overview to province staff only, saying so to a commune head', async () => {
    expect((await overview(as('viewer'))).communes).toHaveLength(3);
    const refused = await as('head').call<StrapiErrorBody>('GET', '/province-dashboard/overview');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe('Chỉ cán bộ của tỉnh (quản trị tỉnh, xem toàn tỉnh) được xem tổng quan các xã, phường.');
    expect(JSON.stringify(refused.body)).not.toContain('Sơn Giang');
  });

  it("refuses a contributor the board's dashboard, and another commune's head finds nothing", async () => {
    const contributor = await as('contributor').call<StrapiErrorBody>(
      'GET',
      `/province-dashboard/commune?commune=${communes.khanhKhe?.documentId}`,
    );
    expect(contributor.status).toBe(403);
    expect(contributor.body.error?.message).toBe('Chỉ Ban biên tập và quản trị xã, phường được xem bảng số liệu của xã.');
    const other = await as('otherHead').call<StrapiErrorBody>(
      'GET',
      `/province-dashboard/commune?commune=${communes.khanhKhe?.documentId}`,
    );
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toMatch(/Khánh Khê|visits/);
    const missing = await as('head').call<StrapiErrorBody>('GET', '/province-dashboard/commune');
    expect(missing.status).toBe(400);
    expect((await dashboard(as('viewer'), 'sonGiang')).figures.commune.slug).toBe('son-giang');
  });
});
