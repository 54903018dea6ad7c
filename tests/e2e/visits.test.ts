/**
 * The visit counter of the built site against the real Strapi and PostgreSQL: a person's page
 * view counts once per visitor per day, robots and assets never count, one commune's figures
 * never move another's, the footer shows them, many concurrent batches lose nothing, two site
 * processes count a visitor once, a clean shutdown sends what was waiting, and the page views
 * nginx logs (the ones it answered from its cache) are counted by the same rules.
 * (Real nginx in front: tests/e2e/production-nginx.test.ts.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { request } from 'node:http';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, type StrapiInstance } from '../support/strapi';
import { countableDays, dayInVietnam, VISIT_BATCH_MAX, type VisitsRecorded, type VisitTotals } from '../../plugins/site-stats/shared';

const KHANH_KHE = { host: 'khanhkhe.langson.gov.vn', slug: 'khanh-khe' };
const SON_GIANG = { host: 'songiang.hatinh.gov.vn', slug: 'son-giang' };
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browser = (n: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;
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
  const response = await fetch(`${strapi.url}/api/site-stats/visits`, { headers: { authorization: `Bearer ${token}`, 'x-commune': commune } });
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
    for (const agent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', 'python-requests/2.32.3']) {
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
    const distinct = Array.from({ length: 20 }, (_, batch) => post(SON_GIANG.slug, { day, visitors: Array.from({ length: 10 }, (_, n) => hashOf(`visitor ${batch}-${n}`)) }));
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
    await second.stop();
    second = undefined;
    expect(await totals(KHANH_KHE.slug)).toEqual({ today: before.today + 2, total: before.total + 2 });
  });

  it("nginx's logged page views are counted by the same rules, once with the site's own", async () => {
    const before = await totals(KHANH_KHE.slug);
    const udp = createSocket('udp4');
    const record = (fields: Record<string, string>): Promise<void> => {
      const line = JSON.stringify({ host: KHANH_KHE.host, addr: '203.113.7.9', ua: browser(10), accept: HTML, method: 'GET', uri: '/', status: '200', ...fields });
      // As nginx writes it: access_log syslog:server=…,tag=commune_visit,nohostname.
      return new Promise((resolve, reject) => udp.send(`<190>Dec  6 09:23:02 commune_visit: ${line}`, logPort, '127.0.0.1', (error) => (error ? reject(error) : resolve())));
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
      expect((await get(KHANH_KHE.host, '/', { accept: HTML, 'user-agent': browser(11), 'x-forwarded-for': '203.113.7.10' })).status).toBe(200);
    } finally {
      udp.close();
    }
    // Two visitors: the cached one, and the one both nginx's log and the site counted.
    expect(await todayBecomes(KHANH_KHE.slug, before.today + 2)).toEqual({ today: before.today + 2, total: before.total + 2 });
    await sleep(1000);
    expect((await totals(KHANH_KHE.slug)).today).toBe(before.today + 2);
  });
});
