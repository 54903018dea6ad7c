/**
 * The visit counter of the built site against the real Strapi and PostgreSQL: a person's page
 * view counts once per visitor per day, robots and assets never count, one commune's figures
 * never move another's, the footer shows them, many concurrent batches lose nothing, two site
 * processes count a visitor once, a clean shutdown sends what was waiting, and the page views
 * nginx logs (the ones it answered from its cache) are counted by the same rules.
 * (Real nginx in front: tests/e2e/production-nginx.test.ts.) Search insight shares the counters'
 * machinery and this boot: batches of searches, masked and refused as they must be, its figures,
 * and real searches through the site.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { request } from 'node:http';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, type StrapiInstance } from '../support/strapi';
import type { Core } from '@strapi/strapi';
import { knex, type Knex } from 'knex';
import {
  countableDays,
  dayInVietnam,
  NUMBER_MASK,
  SEARCH_BATCH_MAX,
  SEARCH_QUERY_MAX,
  VISIT_BATCH_MAX,
  type SearchesRecorded,
  type VisitsRecorded,
  type VisitTotals,
} from '../../plugins/site-stats/shared';
import searchesService from '../../plugins/site-stats/server/src/services/searches';

const KHANH_KHE = { host: 'khanhkhe.langson.gov.vn', slug: 'khanh-khe' };
const SON_GIANG = { host: 'songiang.hatinh.gov.vn', slug: 'son-giang' };
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browser = (n: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;
/** Visits of past days, so that the total is not just today's. */
const EARLIER_VISITS = 40;

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
/** A second site process with the same secret, which sends its batches only at shutdown. */
let second: SiteInstance | undefined;
let token: string;
/** The UDP port both site processes receive nginx's page-view records on. */
let logPort: number;
const visitSecret = randomBytes(32).toString('hex');

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_visits');
  db = seeded.db;
  const { setup } = seeded;
  // Search insight's earlier days of Khánh Khê: one past the 400 days kept, one within them, and
  // yesterday's. Before any test: the day's first batch of searches (in whichever test) deletes
  // the old ones, once per Strapi process.
  await db.query(
    `INSERT INTO search_queries (commune_id, day, query, searches, empty)
     SELECT c.id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - v.ago, v.query, v.searches, v.empty FROM communes c,
       (VALUES (401, 'quá cũ', 5, 5), (399, 'còn giữ', 2, 2), (1, 'đất rừng', 3, 3), (1, 'giấy khai sinh', 4, 0), (1, 'không thấy gì', 1, 1))
         AS v(ago, query, searches, empty)
     WHERE c.slug = $1`,
    [KHANH_KHE.slug],
  );
  strapi = await startStrapi(setup);
  token = await strapi.publicToken();
  logPort = await freePort();
  // As behind nginx on the same machine: the proxy on loopback is trusted for X-Forwarded-For.
  const env = { NUXT_VISIT_SECRET: visitSecret, NUXT_VISIT_LOG_LISTEN: `127.0.0.1:${logPort}`, NUXT_TRUSTED_PROXIES: 'loopback' };
  site = await startSite({ strapiUrl: strapi.url, token, env: { ...env, NUXT_VISIT_FLUSH_MS: '300' } });
  second = await startSite({ strapiUrl: strapi.url, token, env: { ...env, NUXT_VISIT_FLUSH_MS: '600000' } });
});

afterAll(async () => {
  await second?.stop();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

interface Answer {
  status: number;
  body: string;
}

/** GET with an arbitrary Host header (fetch would not let us set it). */
function get(host: string, path: string, headers: Record<string, string>, port = site.port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { ...headers, host: `${host}:${port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function view(host: string, userAgent: string, path = '/', port = site.port): Promise<void> {
  expect((await get(host, path, { accept: HTML, 'user-agent': userAgent }, port)).status).toBe(200);
}

/** Strapi's figures, asked as the site's server asks (token and commune header). */
async function totals(commune: string): Promise<VisitTotals> {
  const response = await fetch(`${strapi.url}/api/site-stats/visits`, {
    headers: { authorization: `Bearer ${token}`, 'x-commune': commune },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as VisitTotals;
}

const today = (): string => dayInVietnam(new Date());

function post(commune: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${strapi.url}/api/site-stats/visits`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(commune ? { 'x-commune': commune } : {}) },
    body: JSON.stringify(body),
  });
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The site counts after answering; waits until Strapi's figure reaches `today`. */
async function todayBecomes(commune: string, today: number, timeoutMs = 10000): Promise<VisitTotals> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const figures = await totals(commune);
    if (figures.today >= today || Date.now() > deadline) return figures;
    await sleep(200);
  }
}

describe('the visit counter', () => {
  beforeAll(async () => {
    // Yesterday's visits of Khánh Khê (Vietnam time), as if counted then.
    await db.query(
      "INSERT INTO site_visits (commune_id, day, visits) SELECT id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, $1 FROM communes WHERE slug = $2",
      [EARLIER_VISITS, KHANH_KHE.slug],
    );
    // And one of yesterday's visitor hashes, which today's first visit must delete.
    await db.query(
      "INSERT INTO site_visitors (commune_id, day, visitor_hash) SELECT id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, $1 FROM communes WHERE slug = $2",
      [Buffer.from(hashOf('yesterday'), 'hex'), SON_GIANG.slug],
    );
  });

  it('starts at zero today, and the total includes earlier days', async () => {
    expect(await totals(KHANH_KHE.slug)).toEqual({ today: 0, total: EARLIER_VISITS });
    expect(await totals(SON_GIANG.slug)).toEqual({ today: 0, total: 0 });
  });

  it('a visitor reading two pages is one visit; a second visitor is a second one', async () => {
    await view(KHANH_KHE.host, browser(1));
    expect(await todayBecomes(KHANH_KHE.slug, 1)).toEqual({ today: 1, total: EARLIER_VISITS + 1 });
    // The first batch deleted the hashes of days that can no longer be counted: no hash outlives
    // its day (yesterday's are kept only in the first minutes after midnight, for late batches).
    expect(await db.query('SELECT 1 FROM site_visitors WHERE day < $1::date', [countableDays(new Date()).at(-1)])).toHaveLength(0);
    await view(KHANH_KHE.host, browser(1), '/van-ban');
    await view(KHANH_KHE.host, browser(2));
    expect(await todayBecomes(KHANH_KHE.slug, 2)).toEqual({ today: 2, total: EARLIER_VISITS + 2 });
    await sleep(1000);
    expect((await totals(KHANH_KHE.slug)).today).toBe(2);
  });

  it('robots, scripts, assets, feeds and the API are not visits', async () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.32.3',
    ]) {
      await view(KHANH_KHE.host, agent);
    }
    for (const path of ['/robots.txt', '/sitemap.xml', '/rss/tin-tuc.xml', '/api/site', '/api/visits']) {
      expect((await get(KHANH_KHE.host, path, { accept: HTML, 'user-agent': browser(3) })).status).toBe(200);
    }
    // Not a page read in a browser: no HTML asked for.
    expect((await get(KHANH_KHE.host, '/', { accept: 'application/json', 'user-agent': browser(4) })).status).toBe(200);
    // A page that does not exist is not a visit either.
    expect((await get(KHANH_KHE.host, '/khong-co-trang-nay', { accept: HTML, 'user-agent': browser(5) })).status).toBe(404);
    // A real visit afterwards: once it is counted, anything counted before it would show too.
    await view(KHANH_KHE.host, browser(6));
    expect(await todayBecomes(KHANH_KHE.slug, 3)).toEqual({ today: 3, total: EARLIER_VISITS + 3 });
    await sleep(1000);
    expect((await totals(KHANH_KHE.slug)).today).toBe(3);
  });

  it("one commune's visits never change another's", async () => {
    expect(await totals(SON_GIANG.slug)).toEqual({ today: 0, total: 0 });
    await view(SON_GIANG.host, browser(1));
    expect(await todayBecomes(SON_GIANG.slug, 1)).toEqual({ today: 1, total: 1 });
    expect(await totals(KHANH_KHE.slug)).toEqual({ today: 3, total: EARLIER_VISITS + 3 });
  });

  it('the footer shows today and the total', async () => {
    // The footer's figures are cached a few seconds per commune.
    const deadline = Date.now() + 15000;
    let body = '';
    while (Date.now() < deadline) {
      body = (await get(KHANH_KHE.host, '/', { accept: HTML, 'user-agent': 'Googlebot/2.1' })).body;
      if (body.includes(`Lượt truy cập: hôm nay 3 · tổng số ${EARLIER_VISITS + 3}`)) break;
      await sleep(500);
    }
    expect(body).toContain(`Lượt truy cập: hôm nay 3 · tổng số ${EARLIER_VISITS + 3}`);
    const sonGiang = (await get(SON_GIANG.host, '/', { accept: HTML, 'user-agent': 'Googlebot/2.1' })).body;
    expect(sonGiang).toMatch(/Lượt truy cập: hôm nay [01] · tổng số [01]/);
  });

  it('many views of one visitor count once; the views are batched, not one request each', async () => {
    const before = await totals(SON_GIANG.slug);
    const paths = ['/', '/tin-tuc', '/van-ban', '/lien-he', '/gioi-thieu'];
    await Promise.all(Array.from({ length: 40 }, (_, n) => view(SON_GIANG.host, browser(7), paths[n % paths.length])));
    expect(await todayBecomes(SON_GIANG.slug, before.today + 1)).toEqual({ today: before.today + 1, total: before.total + 1 });
    await sleep(1000);
    expect((await totals(SON_GIANG.slug)).today).toBe(before.today + 1);
  });

  it('many concurrent batches lose nothing, and a visitor in several batches counts once', async () => {
    const before = await totals(SON_GIANG.slug);
    const day = today();
    const distinct = Array.from({ length: 20 }, (_, batch) =>
      post(SON_GIANG.slug, { day, visitors: Array.from({ length: 10 }, (_, n) => hashOf(`visitor ${batch}-${n}`)) }),
    );
    const same = Array.from({ length: 20 }, () => post(SON_GIANG.slug, { day, visitors: [hashOf('one visitor'), hashOf('one visitor')] }));
    const answers = await Promise.all([...distinct, ...same]);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const counted = await Promise.all(answers.map(async (answer) => ((await answer.json()) as VisitsRecorded).counted));
    expect(counted.reduce((sum, n) => sum + n, 0)).toBe(201);
    expect(await totals(SON_GIANG.slug)).toEqual({ today: before.today + 201, total: before.total + 201 });
  });

  it('the commune comes only from the trusted header; a malformed batch is refused whole', async () => {
    const day = today();
    expect((await post(undefined, { day, visitors: [hashOf('x')] })).status).toBe(404);
    expect((await post('khong-co-xa-nay', { day, visitors: [hashOf('x')] })).status).toBe(404);
    const refused = [
      { day, visitors: ['203.113.1.5'] },
      { day, visitors: [hashOf('good'), 'bad'] },
      { day, visitors: [] },
      { day, visitors: Array.from({ length: VISIT_BATCH_MAX + 1 }, (_, n) => hashOf(`many ${n}`)) },
      { day: '2020-01-01', visitors: [hashOf('late')] },
      { visitors: [hashOf('no day')] },
      { visitor: hashOf('the old single form') },
      {},
    ];
    for (const body of refused) {
      const answer = await post(KHANH_KHE.slug, body);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/[^\x20-\x7e]/);
    }
    expect((await totals(KHANH_KHE.slug)).today).toBe(3);
  });

  it('two site processes count a visitor once, and a clean shutdown sends what was waiting', async () => {
    if (!second) throw new Error('second site process not started');
    const before = await totals(KHANH_KHE.slug);
    // One visitor on both processes, another only on the second, which sends only at shutdown.
    await view(KHANH_KHE.host, browser(8), '/', site.port);
    await view(KHANH_KHE.host, browser(8), '/tin-tuc', second.port);
    await view(KHANH_KHE.host, browser(9), '/', second.port);
    expect(await todayBecomes(KHANH_KHE.slug, before.today + 1)).toEqual({ today: before.today + 1, total: before.total + 1 });
    await sleep(1000);
    expect((await totals(KHANH_KHE.slug)).today).toBe(before.today + 1);
    // Both listened on the same UDP port (SO_REUSEPORT): neither complained.
    expect(second.output()).not.toMatch(/log listener/);
    expect(site.output()).not.toMatch(/log listener/);
    // A search waiting in the second process too (search insight shares the batching).
    const search = await get(
      KHANH_KHE.host,
      '/api/search?q=l%C3%BAc+t%E1%BA%AFt+m%C3%A1y',
      { accept: 'application/json', 'user-agent': browser(9) },
      second.port,
    );
    expect(search.status).toBe(200);
    await second.stop();
    second = undefined;
    expect(await totals(KHANH_KHE.slug)).toEqual({ today: before.today + 2, total: before.total + 2 });
    expect(await db.query("SELECT searches FROM search_queries WHERE query = 'lúc tắt máy' AND day = $1::date", [today()])).toEqual([
      { searches: 1 },
    ]);
    // Search insight's figures below count only the batches they send.
    await db.query("DELETE FROM search_queries WHERE query = 'lúc tắt máy'");
  });

  it("nginx's logged page views are counted by the same rules, once with the site's own", async () => {
    const before = await totals(KHANH_KHE.slug);
    const udp = createSocket('udp4');
    const record = (fields: Record<string, string>): Promise<void> => {
      const line = JSON.stringify({
        host: KHANH_KHE.host,
        addr: '203.113.7.9',
        ua: browser(10),
        accept: HTML,
        method: 'GET',
        uri: '/',
        status: '200',
        ...fields,
      });
      // As nginx writes it: access_log syslog:server=…,tag=commune_visit,nohostname.
      return new Promise((resolve, reject) =>
        udp.send(`<190>Dec  6 09:23:02 commune_visit: ${line}`, logPort, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
      );
    };
    try {
      // Not views: a robot, an error, an asset, JSON, a POST, an unknown host, another tag, garbage.
      await record({ ua: 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
      await record({ status: '404' });
      await record({ uri: '/_nuxt/entry.css' });
      await record({ accept: 'application/json' });
      await record({ method: 'POST' });
      await record({ host: 'khong-co-xa-nay.gov.vn' });
      await new Promise<void>((resolve) => udp.send('<190>Dec  6 09:23:02 other_tag: {}', logPort, '127.0.0.1', () => resolve()));
      await new Promise<void>((resolve) => udp.send('not syslog at all', logPort, '127.0.0.1', () => resolve()));
      // A view nginx answered from its cache (many times), and a visitor the site answered too:
      // the site sees the address nginx forwarded, so the hash is the same.
      for (let n = 0; n < 5; n += 1) await record({ uri: `/tin-tuc?trang=${n}` });
      await record({ addr: '203.113.7.10', ua: browser(11) });
      expect((await get(KHANH_KHE.host, '/', { accept: HTML, 'user-agent': browser(11), 'x-forwarded-for': '203.113.7.10' })).status).toBe(
        200,
      );
    } finally {
      udp.close();
    }
    // Two visitors: the cached one, and the one both nginx's log and the site counted.
    expect(await todayBecomes(KHANH_KHE.slug, before.today + 2)).toEqual({ today: before.today + 2, total: before.total + 2 });
    await sleep(1000);
    expect((await totals(KHANH_KHE.slug)).today).toBe(before.today + 2);
  });
});

describe('search insight', () => {
  interface Row {
    day: string;
    query: string;
    searches: number;
    empty: number;
  }
  const daysAgo = (days: number): string => new Date(Date.parse(`${today()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const rowsOf = (commune: string, day?: string): Promise<Row[]> =>
    db.query<Row>(
      `SELECT to_char(s.day, 'YYYY-MM-DD') AS day, s.query, s.searches, s.empty FROM search_queries s JOIN communes c ON c.id = s.commune_id
       WHERE c.slug = $1 AND ($2::date IS NULL OR s.day = $2::date) ORDER BY s.day, s.query COLLATE "C"`,
      [commune, day ?? null],
    );
  const communeId = async (slug: string): Promise<number> =>
    (await db.query<{ id: number }>('SELECT id FROM communes WHERE slug = $1', [slug]))[0]?.id ?? 0;
  const postSearches = (commune: string | undefined, body: unknown): Promise<Response> =>
    fetch(`${strapi.url}/api/site-stats/searches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(commune ? { 'x-commune': commune } : {}) },
      body: JSON.stringify(body),
    });
  /** Polls until `check` holds of the commune's rows (the site sends after its flush interval). */
  async function rowsBecome(commune: string, check: (rows: Row[]) => boolean, day?: string): Promise<Row[]> {
    const deadline = Date.now() + 10000;
    for (;;) {
      const rows = await rowsOf(commune, day);
      if (check(rows) || Date.now() > deadline) return rows;
      await sleep(200);
    }
  }

  // The plugin's service on the test's own connection to the same database: the dashboard's
  // route (the lead's) will call it inside Strapi; its SQL is what is checked here.
  let connection: Knex;
  let insight: ReturnType<typeof searchesService>['insight'];

  beforeAll(() => {
    connection = knex({ client: 'pg', connection: db.url, pool: { min: 0, max: 1 } });
    const strapiLike = { db: { connection }, log: { error: (message: string) => console.error(message) } };
    insight = searchesService({ strapi: strapiLike as unknown as Core.Strapi }).insight;
  });

  afterAll(async () => {
    await connection?.destroy();
  });

  it('takes a batch whole or not at all, masks what the client did not, and keeps 400 days', async () => {
    const day = today();
    const one = { query: 'giấy khai sinh', searches: 1, empty: 0 };
    expect((await postSearches(undefined, { day, searches: [one] })).status).toBe(404);
    expect((await postSearches('khong-co-xa-nay', { day, searches: [one] })).status).toBe(404);
    const refused = [
      {},
      { day, searches: [] },
      { day: '2020-01-01', searches: [one] },
      { searches: [one] },
      { day, searches: [one], extra: 1 },
      { day, searches: [one, { ...one, query: 'x'.repeat(SEARCH_QUERY_MAX + 1) }] },
      { day, searches: [one, { query: 'a', searches: 0, empty: 0 }] },
      { day, searches: [one, { query: 'a', searches: 1, empty: 2 }] },
      { day, searches: [one, { query: 'a', searches: 1.5, empty: 0 }] },
      { day, searches: [one, { query: 'a', searches: '1', empty: 0 }] },
      { day, searches: [one, { query: '   ', searches: 1, empty: 0 }] },
      { day, searches: [one, { query: 'a', searches: 1, empty: 0, ip: '203.113.1.5' }] },
      { day, searches: [one, one] },
      { day, searches: Array.from({ length: SEARCH_BATCH_MAX + 1 }, (_, n) => ({ query: `q${n}`, searches: 1, empty: 0 })) },
    ];
    for (const body of refused) {
      const answer = await postSearches(KHANH_KHE.slug, body);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/[^\x20-\x7e]/);
    }
    expect(await rowsOf(KHANH_KHE.slug, day)).toEqual([]);

    // A client that did not normalise or mask: Strapi does, and merges what then reads alike.
    const batch = {
      day,
      searches: [
        { query: 'giấy khai sinh', searches: 3, empty: 0 },
        { query: 'GIẤY  KHAI SINH', searches: 1, empty: 0 },
        { query: 'đất rừng', searches: 2, empty: 2 },
        { query: 'gọi 0912 345 678', searches: 1, empty: 1 },
        { query: 'Hỏi A.B@Gmail.com', searches: 1, empty: 0 },
      ],
    };
    const answer = await postSearches(KHANH_KHE.slug, batch);
    expect(answer.status).toBe(200);
    expect((await answer.json()) as SearchesRecorded).toEqual({ counted: 8 });
    expect((await postSearches(SON_GIANG.slug, { day, searches: [{ query: 'giấy khai sinh', searches: 1, empty: 1 }] })).status).toBe(200);
    // Concurrent batches of the same query lose nothing.
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, () =>
        postSearches(KHANH_KHE.slug, { day, searches: [{ query: 'lịch tiếp dân', searches: 2, empty: 1 }] }),
      ),
    );
    expect(concurrent.map((response) => response.status)).toEqual(concurrent.map(() => 200));

    expect(await rowsOf(KHANH_KHE.slug, day)).toEqual([
      { day, query: 'giấy khai sinh', searches: 4, empty: 0 },
      { day, query: `gọi ${NUMBER_MASK}`, searches: 1, empty: 1 },
      { day, query: 'hỏi [email]', searches: 1, empty: 0 },
      { day, query: 'lịch tiếp dân', searches: 20, empty: 10 },
      { day, query: 'đất rừng', searches: 2, empty: 2 },
    ]);
    expect(await rowsOf(SON_GIANG.slug, day)).toEqual([{ day, query: 'giấy khai sinh', searches: 1, empty: 1 }]);
    expect(await db.query("SELECT 1 FROM search_queries WHERE query ~ '[0-9]{9}|@'")).toEqual([]);
    // The day's first batch deleted what is older than 400 days (after answering it).
    const earlier = await rowsBecome(KHANH_KHE.slug, (rows) => !rows.some((row) => row.query === 'quá cũ'));
    expect(earlier.filter((row) => row.day < daysAgo(1)).map((row) => row.query)).toEqual(['còn giữ']);
  });

  it("gives a commune's most searched and not found queries over a period, and nothing of another's", async () => {
    const [khanhKhe, sonGiang] = [await communeId(KHANH_KHE.slug), await communeId(SON_GIANG.slug)];
    const [yesterday, day] = [daysAgo(1), today()];
    expect(await insight(khanhKhe, yesterday, day, 3)).toEqual({
      period: { from: yesterday, to: day },
      totalSearches: 36,
      emptySearches: 17,
      top: [
        { query: 'lịch tiếp dân', searches: 20, empty: 10 },
        { query: 'giấy khai sinh', searches: 8, empty: 0 },
        { query: 'đất rừng', searches: 5, empty: 5 },
      ],
      notFound: [
        { query: 'đất rừng', searches: 5, lastDay: day },
        { query: `gọi ${NUMBER_MASK}`, searches: 1, lastDay: day },
        { query: 'không thấy gì', searches: 1, lastDay: yesterday },
      ],
    });
    expect(await insight(sonGiang, yesterday, day)).toEqual({
      period: { from: yesterday, to: day },
      totalSearches: 1,
      emptySearches: 1,
      top: [{ query: 'giấy khai sinh', searches: 1, empty: 1 }],
      notFound: [{ query: 'giấy khai sinh', searches: 1, lastDay: day }],
    });
    expect(await insight(sonGiang, daysAgo(30), yesterday)).toEqual({
      period: { from: daysAgo(30), to: yesterday },
      totalSearches: 0,
      emptySearches: 0,
      top: [],
      notFound: [],
    });
    await expect(insight(khanhKhe, '2026-02-30', day)).rejects.toThrow(/Ngày không hợp lệ/);
    await expect(insight(khanhKhe, day, yesterday)).rejects.toThrow(/phải trước/);
  });

  it("counts the site's searches, from its cache too, but not further pages, robots or invalid ones", async () => {
    const day = today();
    const before = await rowsOf(KHANH_KHE.slug, day);
    const api = (path: string, userAgent = browser(20)) =>
      get(KHANH_KHE.host, path, { accept: 'application/json', 'user-agent': userAgent });
    // The search page (its server asks the search API), then the API twice: answered from the cache.
    await view(KHANH_KHE.host, browser(20), '/tim-kiem?q=Kh%C3%A1nh%20Kh%C3%AA');
    for (let n = 0; n < 2; n += 1) expect((await api('/api/search?q=kh%C3%A1nh+kh%C3%AA')).status).toBe(200);
    expect((await api('/api/search?q=kh%C3%A1nh+kh%C3%AA&page=2')).status).toBe(200);
    expect((await api('/api/search?q=kh%C3%A1nh+kh%C3%AA', 'Mozilla/5.0 (compatible; Googlebot/2.1)')).status).toBe(200);
    expect((await api(`/api/search?q=${'x'.repeat(201)}`)).status).toBe(400);
    expect((await api('/api/search?q=zzqxw')).status).toBe(200);
    expect((await api('/api/search?q=0912.345.678')).status).toBe(200);
    // The document search counts its words; filters alone are no search.
    expect((await api('/api/documents/search?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh')).status).toBe(200);
    expect((await api('/api/documents/search?year=2025')).status).toBe(200);
    const expected = [
      { day, query: NUMBER_MASK, searches: 1, empty: 1 },
      { day, query: 'khánh khê', searches: 3, empty: 0 },
      { day, query: 'quyết định', searches: 1, empty: 0 },
      { day, query: 'zzqxw', searches: 1, empty: 1 },
    ];
    const added = (rows: Row[]) => rows.filter((row) => !before.some((old) => old.query === row.query));
    expect(added(await rowsBecome(KHANH_KHE.slug, (rows) => added(rows).length >= expected.length, day))).toEqual(expected);
    await sleep(1000);
    expect(added(await rowsOf(KHANH_KHE.slug, day))).toEqual(expected);
  });
});
