/**
 * Feeds and machine access of the built site against the real Strapi with the demo data: the RSS
 * feeds parsed by a standard RSS parser, the sitemap, robots.txt and the public JSON API, for two
 * communes chosen by the Host header. What belongs to a commune is asked of Strapi directly.
 */
import { request } from 'node:http';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, type StrapiInstance } from '../support/strapi';

const COMMUNES = [
  { host: 'khanhkhe.langson.gov.vn', slug: 'khanh-khe', name: 'Khánh Khê' },
  { host: 'songiang.hatinh.gov.vn', slug: 'son-giang', name: 'Sơn Giang' },
];

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let token: string;
const rss = new Parser();

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_feeds');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  token = await strapi.publicToken();
  site = await startSite({ strapiUrl: strapi.url, token });
});

afterAll(async () => {
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET with an arbitrary Host header (fetch would not let us set it). */
function get(host: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, headers: { ...headers, host: `${host}:${site.port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** One Strapi list of a commune, read as the site's server reads it (token and commune header). */
async function strapiRows<T>(commune: string, path: string, query: string): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page += 1) {
    const response = await fetch(
      `${strapi.url}${path}?filters[commune][slug][$eq]=${commune}&pagination[page]=${page}&pagination[pageSize]=100&${query}`,
      {
        headers: { authorization: `Bearer ${token}`, 'x-commune': commune },
      },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: T[]; meta: { pagination: { pageCount: number } } };
    rows.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return rows;
  }
}

const pathOf = (url: string) => new URL(url).pathname;
const origin = (host: string) => `http://${host}:${site.port}`;

describe.each(COMMUNES)('machine access of $name at $host', ({ host, slug, name }) => {
  let articleSlugs: Set<string>;
  let documentIds: Set<string>;
  let procedurePaths: Set<string>;

  beforeAll(async () => {
    articleSlugs = new Set((await strapiRows<{ slug: string }>(slug, '/api/articles', 'fields[0]=slug')).map((row) => row.slug));
    documentIds = new Set(
      (await strapiRows<{ documentId: string }>(slug, '/api/documents', 'fields[0]=numberSymbol')).map((row) => row.documentId),
    );
    procedurePaths = new Set(
      (await strapiRows<{ documentId: string; slug: string | null }>(slug, '/api/procedures', 'fields[0]=slug')).map(
        (row) => `/thu-tuc-hanh-chinh/${row.slug ?? row.documentId}`,
      ),
    );
    expect(articleSlugs.size).toBeGreaterThan(3);
    expect(documentIds.size).toBeGreaterThan(3);
  });

  it("serves the news feed as RSS 2.0 that a standard parser reads: the commune's latest news, links on this host", async () => {
    const answer = await get(host, '/rss/tin-tuc.xml');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(answer.body).toContain(`<atom:link href="${origin(host)}/rss/tin-tuc.xml" rel="self" type="application/rss+xml"/>`);
    const feed = await rss.parseString(answer.body);
    expect(feed.title).toContain(name);
    expect(feed.title).toContain('Tin tức');
    expect(feed.link).toBe(`${origin(host)}/tin-tuc`);
    expect(feed.language).toBe('vi');
    expect(feed.lastBuildDate).toBeTruthy();
    expect(feed.items.length).toBe(Math.min(20, articleSlugs.size));
    for (const item of feed.items) {
      expect(item.title?.length).toBeGreaterThan(5);
      expect(item.link?.startsWith(`${origin(host)}/tin-tuc/`)).toBe(true);
      expect(articleSlugs.has(decodeURIComponent(pathOf(item.link ?? '').slice('/tin-tuc/'.length)))).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
      if (item.enclosure) expect(item.enclosure.url.startsWith(`${origin(host)}/uploads/`)).toBe(true);
    }
    // Newest first.
    const dates = feed.items.map((item) => Date.parse(item.pubDate ?? ''));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("serves one category's feed with that category's news only, and 404 for a category it does not have", async () => {
    const categories = await strapiRows<{ slug: string; name: string; articles: unknown[] }>(
      slug,
      '/api/categories',
      'fields[0]=slug&fields[1]=name&populate[articles][fields][0]=slug',
    );
    const category = categories.find((row) => row.articles.length > 0);
    if (!category) throw new Error('a category with news is needed');
    const inCategory = new Set(
      (await strapiRows<{ slug: string }>(slug, '/api/articles', `fields[0]=slug&filters[category][slug][$eq]=${category.slug}`)).map(
        (row) => row.slug,
      ),
    );
    const answer = await get(host, `/rss/tin-tuc/${category.slug}.xml`);
    expect(answer.status).toBe(200);
    const feed = await rss.parseString(answer.body);
    expect(feed.title).toBe(`Xã ${name} – Tin tức: ${category.name}`);
    expect(feed.items.length).toBe(Math.min(20, inCategory.size));
    for (const item of feed.items) {
      expect(inCategory.has(pathOf(item.link ?? '').slice('/tin-tuc/'.length))).toBe(true);
      expect(item.categories).toContain(category.name);
    }
    expect((await get(host, '/rss/tin-tuc/khong-co-chuyen-muc-nay.xml')).status).toBe(404);
    expect((await get(host, '/rss/tin-tuc/<script>.xml')).status).toBe(404);
  });

  it('serves the documents feed: number and summary as the title, the file as an enclosure', async () => {
    const answer = await get(host, '/rss/van-ban.xml');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const feed = await rss.parseString(answer.body);
    expect(feed.title).toBe(`Xã ${name} – Văn bản`);
    expect(feed.items.length).toBe(Math.min(20, documentIds.size));
    for (const item of feed.items) {
      expect(item.link?.startsWith(`${origin(host)}/van-ban/`)).toBe(true);
      expect(documentIds.has(pathOf(item.link ?? '').slice('/van-ban/'.length))).toBe(true);
      expect(item.title).toMatch(/ số \S+\/\S+/);
    }
    const withFile = feed.items.find((item) => item.enclosure);
    expect(withFile?.enclosure?.url.startsWith(`${origin(host)}/uploads/`)).toBe(true);
    expect(Number(withFile?.enclosure?.length)).toBeGreaterThan(0);
    const file = await get(host, pathOf(withFile?.enclosure?.url ?? ''));
    expect(file.status).toBe(200);
  });

  it('advertises both feeds in the head of its pages', async () => {
    const home = await get(host, '/');
    expect(home.status).toBe(200);
    expect(home.body).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/rss\+xml"[^>]+href="\/rss\/tin-tuc\.xml"/);
    expect(home.body).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/rss\+xml"[^>]+href="\/rss\/van-ban\.xml"/);
  });

  it('lists every public address of the commune, and only those, in a valid sitemap', async () => {
    const answer = await get(host, '/sitemap.xml');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(answer.body)).toBe(true);
    const parsed = new XMLParser({ isArray: (tag) => tag === 'url' }).parse(answer.body) as {
      urlset: { url: { loc: string; lastmod?: string }[] };
    };
    const locs = parsed.urlset.url.map((entry) => entry.loc);
    expect(locs.every((loc) => loc.startsWith(`${origin(host)}/`))).toBe(true);
    const paths = new Set(locs.map(pathOf));
    for (const path of ['/', '/tin-tuc', '/van-ban', '/thu-tuc-hanh-chinh', '/tim-kiem', '/lien-he']) expect(paths.has(path)).toBe(true);
    for (const article of articleSlugs) expect(paths.has(`/tin-tuc/${article}`)).toBe(true);
    for (const id of documentIds) expect(paths.has(`/van-ban/${id}`)).toBe(true);
    for (const procedure of procedurePaths) expect(paths.has(procedure)).toBe(true);
    expect([...paths].some((path) => path.startsWith('/gioi-thieu/'))).toBe(true);
    // Each demo leader's own page (12 or more per demo commune) and the organisation chart.
    expect(paths.has('/gioi-thieu/so-do-to-chuc')).toBe(true);
    expect([...paths].filter((path) => /^\/gioi-thieu\/lanh-dao\/[a-z0-9-]+$/.test(path)).length).toBeGreaterThanOrEqual(12);
    const articlePaths = [...paths].filter((path) => /^\/tin-tuc\/(?!chuyen-muc\/)[^/]+$/.test(path));
    expect(articlePaths.length).toBe(articleSlugs.size);
    expect(parsed.urlset.url.find((entry) => pathOf(entry.loc) === '/')?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('points robots.txt to the sitemap on this host and keeps crawlers out of the server routes', async () => {
    const answer = await get(host, '/robots.txt');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toContain('User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /xem-truoc/\n');
    expect(answer.body).toContain(`Sitemap: ${origin(host)}/sitemap.xml`);
  });

  it('pages through the news of the JSON API, with CORS and absolute links', async () => {
    const first = await get(host, '/api/public/v1/news?pageSize=3', { origin: 'https://portal.example.vn' });
    expect(first.status).toBe(200);
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const page1 = JSON.parse(first.body) as {
      commune: { slug: string; url: string };
      data: { id: string; slug: string; url: string; title: string; kind: string }[];
      meta: { page: number; pageSize: number; pageCount: number; total: number };
      links: { self: string; prev: string | null; next: string | null };
    };
    expect(page1.commune).toMatchObject({ slug, url: `${origin(host)}/` });
    expect(page1.meta).toEqual({ page: 1, pageSize: 3, pageCount: Math.ceil(articleSlugs.size / 3), total: articleSlugs.size });
    expect(page1.data).toHaveLength(3);
    for (const item of page1.data) {
      expect(articleSlugs.has(item.slug)).toBe(true);
      expect(item.url).toBe(`${origin(host)}/tin-tuc/${item.slug}`);
      expect(['tin', 'bai']).toContain(item.kind);
      // No Strapi internals.
      expect(item).not.toHaveProperty('documentId');
    }
    expect(page1.links).toEqual({
      self: `${origin(host)}/api/public/v1/news?page=1&pageSize=3`,
      prev: null,
      next: `${origin(host)}/api/public/v1/news?page=2&pageSize=3`,
    });
    const next = new URL(page1.links.next ?? '');
    const second = JSON.parse((await get(host, `${next.pathname}${next.search}`)).body) as typeof page1;
    expect(second.meta.page).toBe(2);
    expect(second.data.map((item) => item.id)).not.toEqual(expect.arrayContaining(page1.data.map((item) => item.id)));
  });

  it('lists documents and procedures in the JSON API', async () => {
    const documents = JSON.parse((await get(host, '/api/public/v1/documents?pageSize=50')).body) as {
      data: { id: string; numberSymbol: string; url: string; status: string; files: { url: string }[] }[];
      meta: { total: number };
    };
    expect(documents.meta.total).toBe(documentIds.size);
    for (const document of documents.data) {
      expect(documentIds.has(document.id)).toBe(true);
      expect(document.url).toBe(`${origin(host)}/van-ban/${document.id}`);
      expect(document.numberSymbol).toMatch(/\//);
      expect(['in_force', 'not_yet_in_force', 'expired']).toContain(document.status);
      for (const file of document.files) expect(file.url.startsWith(`${origin(host)}/uploads/`)).toBe(true);
    }
    const procedures = JSON.parse((await get(host, '/api/public/v1/procedures')).body) as {
      data: { url: string; name: string }[];
      meta: { total: number };
    };
    expect(procedures.meta.total).toBe(procedurePaths.size);
    for (const procedure of procedures.data) expect(procedurePaths.has(pathOf(procedure.url))).toBe(true);
  });

  it('carries this commune’s budget reports, statistics and schedules, and no other commune’s, in the feed, sitemap and API', async () => {
    const budget = await strapiRows<{ documentId: string; slug: string }>(slug, '/api/budget-reports', 'fields[0]=slug');
    const statistics = await strapiRows<{ documentId: string; slug: string }>(slug, '/api/statistics', 'fields[0]=slug');
    const schedules = await strapiRows<{ documentId: string; weekStart: string }>(slug, '/api/work-schedules', 'fields[0]=weekStart');
    // The demo seeds four reports, two statistics and two weeks per commune.
    expect([budget.length, statistics.length, schedules.length]).toEqual([4, 2, 2]);

    const feed = await rss.parseString((await get(host, '/rss/cong-khai-ngan-sach.xml')).body);
    expect(feed.title).toBe(`Xã ${name} – Công khai ngân sách`);
    expect(feed.items.map((item) => pathOf(item.link ?? '')).sort()).toEqual(
      budget.map((row) => `/cong-khai-ngan-sach/${row.slug}`).sort(),
    );
    for (const item of feed.items) expect(item.title).toContain(name);

    const sitemap = (await get(host, '/sitemap.xml')).body;
    for (const path of [
      '/cong-khai-ngan-sach',
      '/thong-ke',
      '/lich-cong-tac',
      '/tiep-can-thong-tin',
      ...budget.map((row) => `/cong-khai-ngan-sach/${row.slug}`),
      ...statistics.map((row) => `/thong-ke/${row.slug}`),
      ...schedules.map((row) => `/lich-cong-tac/${row.weekStart}`),
    ]) {
      expect(sitemap).toContain(`<loc>${origin(host)}${path}</loc>`);
    }

    const ids = (rows: { documentId: string }[]) => rows.map((row) => row.documentId).sort();
    const api = async (path: string) =>
      JSON.parse((await get(host, path)).body) as { commune: { slug: string }; data: { id: string; title: string }[] };
    const budgetApi = await api('/api/public/v1/budget-reports');
    expect(budgetApi.commune.slug).toBe(slug);
    expect(budgetApi.data.map((item) => item.id).sort()).toEqual(ids(budget));
    for (const item of budgetApi.data) expect(item.title).toContain(name);
    const statisticsApi = await api('/api/public/v1/statistics');
    expect(statisticsApi.data.map((item) => item.id).sort()).toEqual(ids(statistics));
    for (const item of statisticsApi.data) expect(item.title).toContain(name);
    const schedulesApi = await api('/api/public/v1/work-schedules');
    expect(schedulesApi.data.map((item) => item.id).sort()).toEqual(ids(schedules));
    for (const item of schedulesApi.data) expect(item.title).toContain(name);
  });
});

/** Each demo commune's plans, projects and notices, by their site paths, read from Strapi. */
async function publicWorksPaths(commune: string): Promise<{ plans: Set<string>; projects: Set<string>; notices: Set<string> }> {
  const paths = async (api: string, base: string) =>
    new Set(
      (await strapiRows<{ documentId: string; slug: string | null }>(commune, api, 'fields[0]=slug')).map(
        (row) => `${base}/${row.slug ?? row.documentId}`,
      ),
    );
  return {
    plans: await paths('/api/plans', '/quy-hoach-ke-hoach'),
    projects: await paths('/api/investment-projects', '/dau-tu-dau-thau/du-an'),
    notices: await paths('/api/bidding-notices', '/dau-tu-dau-thau/dau-thau'),
  };
}

describe.each(COMMUNES.map((commune, index) => ({ ...commune, other: COMMUNES[(index + 1) % COMMUNES.length]?.slug ?? '' })))(
  'plans, investment and bidding of $name in feeds, sitemap and API',
  ({ host, slug, name, other }) => {
    let own: Awaited<ReturnType<typeof publicWorksPaths>>;
    /** Paths only the other commune has (slugs like chuong-trinh-cong-tac-nam-2026 exist in both). */
    let foreign: string[];

    beforeAll(async () => {
      own = await publicWorksPaths(slug);
      const theirs = await publicWorksPaths(other);
      const mine = new Set([...own.plans, ...own.projects, ...own.notices]);
      foreign = [...theirs.plans, ...theirs.projects, ...theirs.notices].filter((path) => !mine.has(path));
      expect(own.plans.size).toBeGreaterThanOrEqual(5);
      expect(own.projects.size).toBeGreaterThanOrEqual(3);
      expect(own.notices.size).toBeGreaterThanOrEqual(4);
      expect(foreign.length).toBeGreaterThan(3);
    });

    it.each([
      ['/rss/quy-hoach-ke-hoach.xml', 'Quy hoạch, kế hoạch', 'plans'],
      ['/rss/dau-thau.xml', 'Đấu thầu, mua sắm công', 'notices'],
    ] as const)("serves %s with this commune's items only", async (path, title, list) => {
      const answer = await get(host, path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      const feed = await rss.parseString(answer.body);
      expect(feed.title).toBe(`Xã ${name} – ${title}`);
      expect(feed.items.length).toBe(Math.min(20, own[list].size));
      for (const item of feed.items) {
        expect(item.link?.startsWith(`${origin(host)}/`)).toBe(true);
        expect(own[list].has(pathOf(item.link ?? ''))).toBe(true);
        expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
        if (item.enclosure) expect(item.enclosure.url.startsWith(`${origin(host)}/uploads/`)).toBe(true);
      }
      if (list === 'notices') expect(feed.items.some((item) => item.title?.startsWith('Kết quả lựa chọn nhà thầu: '))).toBe(true);
      const home = await get(host, '/');
      expect(home.body).toMatch(
        new RegExp(`<link[^>]+rel="alternate"[^>]+type="application/rss\\+xml"[^>]+href="${path.replace(/\./g, '\\.')}"`),
      );
    });

    it("lists the sections and every item in the sitemap, none of the other commune's", async () => {
      const answer = await get(host, '/sitemap.xml');
      const parsed = new XMLParser({ isArray: (tag) => tag === 'url' }).parse(answer.body) as { urlset: { url: { loc: string }[] } };
      const paths = new Set(parsed.urlset.url.map((entry) => pathOf(entry.loc)));
      for (const path of ['/quy-hoach-ke-hoach', '/dau-tu-dau-thau', ...own.plans, ...own.projects, ...own.notices]) {
        expect({ path, listed: paths.has(encodeURI(path)) }).toEqual({ path, listed: true });
      }
      expect(foreign.filter((path) => paths.has(encodeURI(path)))).toEqual([]);
    });

    it('lists plans, projects and notices in the JSON API, with the kind and status filters', async () => {
      const plans = JSON.parse((await get(host, '/api/public/v1/plans?pageSize=50')).body) as {
        commune: { slug: string };
        data: { url: string; kind: string; periodStart: number; approvingDocument: { url: string } | null }[];
        meta: { total: number };
      };
      expect(plans.commune.slug).toBe(slug);
      expect(plans.meta.total).toBe(own.plans.size);
      for (const plan of plans.data) expect(own.plans.has(pathOf(plan.url))).toBe(true);
      expect(plans.data.some((plan) => plan.kind === 'Chương trình công tác năm')).toBe(true);
      expect(plans.data.some((plan) => plan.approvingDocument?.url.startsWith(`${origin(host)}/van-ban/`))).toBe(true);

      const masterPlans = JSON.parse((await get(host, '/api/public/v1/plans?kind=quy-hoach&status=dang-thuc-hien')).body) as typeof plans;
      expect(masterPlans.meta.total).toBeGreaterThanOrEqual(1);
      expect(masterPlans.data.every((plan) => plan.kind === 'Quy hoạch')).toBe(true);

      const projects = JSON.parse(
        (await get(host, '/api/public/v1/investment-projects', { origin: 'https://portal.example.vn' })).body,
      ) as {
        data: { url: string; totalCapital: string; progress: { date: string; percentComplete: number | null }[] }[];
        meta: { total: number };
      };
      expect(projects.meta.total).toBe(own.projects.size);
      for (const project of projects.data) {
        expect(own.projects.has(pathOf(project.url))).toBe(true);
        expect(project.totalCapital).toMatch(/^[1-9]\d{8,}$/);
        expect(project.progress.length).toBeGreaterThan(0);
      }

      const results = JSON.parse((await get(host, '/api/public/v1/bidding-notices?kind=ket-qua-lua-chon-nha-thau')).body) as {
        data: { url: string; kind: string; winner: string | null; contractValue: string | null; project: { url: string } | null }[];
        meta: { total: number };
      };
      expect(results.meta.total).toBeGreaterThanOrEqual(1);
      for (const notice of results.data) {
        expect(own.notices.has(pathOf(notice.url))).toBe(true);
        expect(notice.kind).toBe('Kết quả lựa chọn nhà thầu');
        expect(notice.winner).toBeTruthy();
        expect(notice.contractValue).toMatch(/^\d+$/);
        if (notice.project) expect(own.projects.has(pathOf(notice.project.url))).toBe(true);
      }
      const all = JSON.parse((await get(host, '/api/public/v1/bidding-notices?pageSize=50')).body) as typeof results;
      expect(all.meta.total).toBe(own.notices.size);
    });
  },
);

describe('the public JSON API refuses bad input', () => {
  const host = COMMUNES[0]?.host ?? '';

  it.each([
    ['/api/public/v1/news?pageSize=51', 'pageSize'],
    ['/api/public/v1/news?page=0', 'page'],
    ['/api/public/v1/documents?page=abc', 'page'],
    ['/api/public/v1/procedures?page=1&page=2', 'page'],
    ['/api/public/v1/documents?category=thong-bao', 'category'],
    ['/api/public/v1/news?category=%3Cscript%3E', 'category'],
    ['/api/public/v1/news?limit=10', 'limit'],
    ['/api/public/v1/plans?kind=khong-co-loai-nay', 'kind'],
    ['/api/public/v1/investment-projects?status=Dang-Thuc-Hien', 'status'],
    ['/api/public/v1/bidding-notices?status=dang-thuc-hien', 'status'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const answer = await get(host, path);
    expect(answer.status).toBe(400);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    const body = JSON.parse(answer.body) as { message: string };
    expect(body.message).toContain(parameter);
  });
});

describe('feeds of a host no commune serves', () => {
  it.each([
    '/rss/tin-tuc.xml',
    '/rss/van-ban.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/api/public/v1/news',
    '/rss/quy-hoach-ke-hoach.xml',
    '/rss/dau-thau.xml',
    '/api/public/v1/plans',
  ])('%s → 404', async (path) => {
    expect((await get('unknown.example.vn', path)).status).toBe(404);
  });
});
