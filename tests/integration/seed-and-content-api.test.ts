/**
 * The demo seed fills an empty database with three communes and is idempotent; the public
 * content API (the Nuxt BFF's read-only token) shows published entries only, cannot write, and
 * resolves communes by host name.
 */
import { LEGAL_STATUS_LABELS, legalStatus } from '../../cms/src/domain/document-rules';
import { todayInVietnam } from '../../cms/src/domain/vietnam-date';
import { press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, ContentClient } from '../support/http';
import { SUPER_ADMIN, runSeed, startStrapi, type SeedResult, type StrapiInstance } from '../support/strapi';

const TABLES = [
  'communes',
  'categories',
  'articles',
  'documents',
  'procedures',
  'officials',
  'contacts',
  'pages',
  'site_settings',
  'files',
  'admin_users',
  'strapi_api_tokens',
];
/** The plan, investment and bidding sections' tables (their components included). */
TABLES.push(
  'plans',
  'components_plan_implementation_reports',
  'investment_projects',
  'components_investment_progress_updates',
  'bidding_notices',
);

let db: TestDatabase;
let strapi: StrapiInstance;
let firstRun: SeedResult;
let secondRun: SeedResult;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;
let api: ContentClient;
let admin: AdminClient;

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  return counts;
}

interface ListBody<T> {
  data: T[];
  meta: { pagination: { total: number } };
}

beforeAll(async () => {
  // The run's seeded template is the seed's first run on an empty database (seeded.ts); this
  // file's copy of it takes the second run, which must change nothing.
  const seeded = await createSeededDatabase('seed');
  db = seeded.db;
  const setup = seeded.setup;
  firstRun = seeded.firstSeed;
  countsAfterFirst = await tableCounts();
  secondRun = await runSeed(setup.env);
  countsAfterSecond = await tableCounts();
  strapi = await startStrapi(setup);
  api = new ContentClient(strapi.url, await strapi.publicToken(), 'khanh-khe');
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('demo seed', () => {
  it('creates three communes, each with the content a newcomer needs to see', async () => {
    expect(firstRun.created.commune).toBeGreaterThanOrEqual(3);
    const communes = await db.query<{ slug: string }>('SELECT slug FROM communes ORDER BY slug');
    expect(communes.map((row) => row.slug)).toEqual(['khanh-khe', 'quoc-tuan', 'son-giang']);
    for (const { slug } of communes) {
      const site = api.as(slug);
      const total = async (path: string): Promise<number> => {
        const response = await site.get<ListBody<unknown>>(`${path}${path.includes('?') ? '&' : '?'}pagination[pageSize]=1`);
        expect(response.status).toBe(200);
        return response.body.meta.pagination.total;
      };
      expect(await total('/articles')).toBeGreaterThanOrEqual(12);
      expect(await total('/articles?filters[cover][image][id][$notNull]=true')).toBe(await total('/articles'));
      expect(await total('/documents')).toBeGreaterThanOrEqual(15);
      expect(await total('/documents?filters[files][mime][$eq]=application/pdf')).toBe(await total('/documents'));
      expect(await total('/procedures')).toBeGreaterThanOrEqual(10);
      expect(await total('/officials')).toBeGreaterThanOrEqual(5);
      expect(await total('/contacts')).toBeGreaterThanOrEqual(4);
      expect(await total('/pages')).toBe(6);
      expect(await total('/pages?locale=en')).toBeGreaterThanOrEqual(1);
      expect(await total('/site-settings')).toBe(1);
      expect(await total('/plans')).toBeGreaterThanOrEqual(5);
      expect(await total('/plans?filters[planKind][$eq]=Chương trình công tác năm')).toBe(1);
      expect(await total('/investment-projects')).toBeGreaterThanOrEqual(2);
      expect(await total('/bidding-notices')).toBeGreaterThanOrEqual(3);
      expect(await total('/bidding-notices?filters[noticeKind][$eq]=Kết quả lựa chọn nhà thầu')).toBeGreaterThanOrEqual(1);
      const usedCategories = await site.get<ListBody<unknown>>('/categories?filters[articles][id][$notNull]=true&pagination[pageSize]=1');
      expect(usedCategories.body.meta.pagination.total).toBeGreaterThanOrEqual(4);
    }
  });

  it('creates nothing on a second run: every entry is found by its key', () => {
    expect(secondRun.totalCreated).toBe(0);
    expect(secondRun.token).toBe('kept');
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it('keeps the generated demo media small: originals of every image and PDF under 15 MB for the three communes', async () => {
    const [row] = await db.query<{ kb: string }>('SELECT coalesce(sum(size), 0) AS kb FROM files');
    expect(Number(row?.kb) / 1024).toBeLessThan(15);
  });
});

describe("public content API (the site's read-only token)", () => {
  const ARTICLE = 'api::article.article';
  let draftId: string;
  const draftSlug = 'ban-nhap-chua-duyet-kiem-thu';

  beforeAll(async () => {
    const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
    const created = await admin.create(ARTICLE, {
      title: 'Bản nháp chưa duyệt (kiểm thử)',
      slug: draftSlug,
      kind: 'tin',
      featured: false,
      summary: 'Nội dung chưa được Trưởng ban biên tập duyệt.',
      commune: { connect: [{ documentId: commune?.document_id }] },
    });
    expect(created.status).toBe(201);
    draftId = created.body.data.documentId;
  });

  it('does not list a draft', async () => {
    const response = await api.get<ListBody<unknown>>(`/articles?filters[slug][$eq]=${draftSlug}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(0);
  });

  it('does not show a draft when asked for drafts with ?status=draft', async () => {
    const listed = await api.get<ListBody<unknown>>(`/articles?status=draft&filters[slug][$eq]=${draftSlug}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(0);
    const one = await api.get(`/articles/${draftId}?status=draft`);
    expect(one.status).toBe(404);
  });

  it('does not return a draft by its documentId', async () => {
    expect((await api.get(`/articles/${draftId}`)).status).toBe(404);
  });

  it('shows the entry once it is published', async () => {
    // Province IT is not on the board: it cannot publish. The commune's head can (here with the
    // force-publish escape hatch, which needs a reason; the board flow has its own tests).
    const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
    expect((await admin.publish(ARTICLE, draftId)).status).toBe(403);
    const email = 'truongban.kiemthu@khanhkhe.thu.vn';
    const userId = await admin.createUser({
      email,
      firstname: 'Trưởng',
      lastname: 'Ban',
      password: 'Nui-Da-Vang-2026',
      roleIds: [await admin.roleIdByCode('commune-board-head')],
    });
    expect(
      (await admin.call('POST', '/commune-tenancy/memberships', { adminUserId: userId, commune: commune?.document_id, boardRole: 'head' }))
        .status,
    ).toBe(200);
    const head = await AdminClient.login(admin.baseUrl, email, 'Nui-Da-Vang-2026');
    expect((await press(head, ARTICLE, draftId, { action: 'force_publish', comment: 'Kiểm thử trang công khai' })).status).toBe(200);
    const response = await api.get<ListBody<{ documentId: string }>>(`/articles?filters[slug][$eq]=${draftSlug}`);
    expect(response.body.data.map((entry) => entry.documentId)).toEqual([draftId]);
  });

  it('refuses writes with the read-only token', async () => {
    const [article] = (await api.get<ListBody<{ documentId: string }>>('/articles?pagination[pageSize]=1')).body.data;
    expect((await api.send('POST', '/articles', { data: { title: 'x', slug: 'x', kind: 'tin' } })).status).toBe(403);
    expect((await api.send('PUT', `/articles/${article?.documentId}`, { data: { title: 'x' } })).status).toBe(403);
    expect((await api.send('DELETE', `/articles/${article?.documentId}`, undefined)).status).toBe(403);
  });

  it('refuses callers without a token', async () => {
    // 401, not 403: with no end-user plugin there is no "public role" to be refused by.
    expect((await new ContentClient(strapi.url).get('/articles')).status).toBe(401);
  });
});

describe('directive documents in the content API', () => {
  interface DocumentEntry {
    numberSymbol: string;
    issueDate: string;
    effectiveDate: string | null;
    expiryDate: string | null;
    legalStatus: string;
    legalStatusLabel: string;
  }

  it('carry their legal status, computed from their dates for today in Vietnam', async () => {
    const response = await api.get<ListBody<DocumentEntry>>('/documents?pagination[pageSize]=100');
    expect(response.status).toBe(200);
    const today = todayInVietnam();
    for (const entry of response.body.data) {
      expect({ numberSymbol: entry.numberSymbol, status: entry.legalStatus }).toEqual({
        numberSymbol: entry.numberSymbol,
        status: legalStatus(entry, today),
      });
      expect(entry.legalStatusLabel).toBe(LEGAL_STATUS_LABELS[entry.legalStatus as keyof typeof LEGAL_STATUS_LABELS]);
    }
    // Expired documents stay expired and open-ended ones stay in force, whatever the date.
    const statuses = new Set(response.body.data.map((entry) => entry.legalStatus));
    expect(statuses.has('expired') && statuses.has('in_force')).toBe(true);
  });

  it('are stored with the canonical written number, Party style included', async () => {
    const response = await api.as('son-giang').get<ListBody<DocumentEntry>>('/documents?filters[numberSymbol][$eq]=08-NQ/%C4%90U');
    expect(response.body.data.map((entry) => entry.numberSymbol)).toEqual(['08-NQ/ĐU']);
  });
});

describe('commune resolution by host name', () => {
  const COMMUNE = 'plugin::commune-tenancy.commune';

  it('finds a commune by its primary domain and by an alias, whatever the case and port', async () => {
    const primary = await api.get<{ data: { slug: string } }>('/commune-tenancy/resolve?host=KhanhKhe.LangSon.gov.vn:443');
    expect(primary.status).toBe(200);
    expect(primary.body.data.slug).toBe('khanh-khe');
    const alias = await api.get<{ data: { slug: string } }>('/commune-tenancy/resolve?host=songiang.localhost:3000');
    expect(alias.body.data.slug).toBe('son-giang');
  });

  it('answers 404 for a host no commune owns, and 400 without a host', async () => {
    expect((await api.get('/commune-tenancy/resolve?host=evil.example.com')).status).toBe(404);
    expect((await api.get('/commune-tenancy/resolve')).status).toBe(400);
  });

  it('hides a suspended commune from resolution and from the list, and shows it again when resumed', async () => {
    const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'quoc-tuan'");
    const documentId = commune?.document_id ?? '';
    expect((await admin.update(COMMUNE, documentId, { siteStatus: 'suspended' })).status).toBe(200);
    expect((await api.get('/commune-tenancy/resolve?host=quoctuan.haiphong.gov.vn')).status).toBe(404);
    const list = await api.get<{ data: Array<{ slug: string }> }>('/commune-tenancy/communes');
    expect(list.body.data.map((entry) => entry.slug)).toEqual(['khanh-khe', 'son-giang']);
    expect((await admin.update(COMMUNE, documentId, { siteStatus: 'active' })).status).toBe(200);
    expect((await api.get('/commune-tenancy/resolve?host=quoctuan.haiphong.gov.vn')).status).toBe(200);
  });
});
