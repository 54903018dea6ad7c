/**
 * The visit counter of the built site against the real Strapi and PostgreSQL: a person's page
 * view counts once per visitor per day, robots and assets never count, one commune's figures
 * never move another's, the footer shows them, and many concurrent counts lose nothing.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, type StrapiInstance } from '../support/strapi';
import type { VisitRecorded, VisitTotals } from '../../plugins/site-stats/shared';

const KHANH_KHE = { host: 'khanhkhe.langson.gov.vn', slug: 'khanh-khe' };
const SON_GIANG = { host: 'songiang.hatinh.gov.vn', slug: 'son-giang' };
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browser = (n: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;
/** Visits of past days, so that the total is not just today's. */
const EARLIER_VISITS = 40;

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let token: string;

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_visits');
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
  body: string;
}

/** GET with an arbitrary Host header (fetch would not let us set it). */
function get(host: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, headers: { ...headers, host: `${host}:${site.port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function view(host: string, userAgent: string, path = '/'): Promise<void> {
  expect((await get(host, path, { accept: HTML, 'user-agent': userAgent })).status).toBe(200);
}

/** Strapi's figures, asked as the site's server asks (token and commune header). */
async function totals(commune: string): Promise<VisitTotals> {
  const response = await fetch(`${strapi.url}/api/site-stats/visits`, { headers: { authorization: `Bearer ${token}`, 'x-commune': commune } });
  expect(response.status).toBe(200);
  return (await response.json()) as VisitTotals;
}

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
    // The first visit of the day deleted the hashes of earlier days: no hash outlives its day.
    expect(await db.query("SELECT 1 FROM site_visitors WHERE day < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date")).toHaveLength(0);
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

  it('many concurrent counts lose nothing, and a visitor counted concurrently counts once', async () => {
    const before = await totals(SON_GIANG.slug);
    const distinct = Array.from({ length: 200 }, (_, n) => post(SON_GIANG.slug, { visitor: hashOf(`visitor ${n}`) }));
    const same = Array.from({ length: 50 }, () => post(SON_GIANG.slug, { visitor: hashOf('one visitor') }));
    const answers = await Promise.all([...distinct, ...same]);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const counted = await Promise.all(answers.map(async (answer) => ((await answer.json()) as VisitRecorded).counted));
    expect(counted.filter(Boolean)).toHaveLength(201);
    expect(await totals(SON_GIANG.slug)).toEqual({ today: before.today + 201, total: before.total + 201 });
  });

  it('the commune comes only from the trusted header; a malformed visitor is refused', async () => {
    expect((await post(undefined, { visitor: hashOf('x') })).status).toBe(404);
    expect((await post('khong-co-xa-nay', { visitor: hashOf('x') })).status).toBe(404);
    expect((await post(KHANH_KHE.slug, { visitor: '203.113.1.5' })).status).toBe(400);
    expect((await post(KHANH_KHE.slug, {})).status).toBe(400);
    expect((await totals(KHANH_KHE.slug)).today).toBe(3);
  });
});
