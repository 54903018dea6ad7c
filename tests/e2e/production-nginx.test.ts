/**
 * The production layout's nginx (config/nginx/*.template, the files province IT installs), run
 * by Debian's nginx in a temporary prefix in front of the real Strapi and the built site: TLS and
 * HTTP/2, IPv4 and IPv6, gzip, every commune domain on the catch-all server, the admin on its own
 * host behind an address allow-list, the 1-second micro-cache (HIT, stale while the site is down),
 * no nginx cache for search results, the site's headers kept, no version in `Server`, and the
 * views nginx answers from its cache still counted (its syslog records to the site's listener).
 */
import { connect, constants, type ClientHttp2Session, type SecureClientSessionOptions } from 'node:http2';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { type TestDatabase } from '../support/database';
import { hasIpv6Loopback, startNginx, type NginxInstance } from '../support/nginx';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, type StrapiInstance } from '../support/strapi';
import type { VisitTotals } from '../../plugins/site-stats/shared';

const COMMUNES = [
  { host: 'khanhkhe.langson.gov.vn', slug: 'khanh-khe', name: 'Xã Khánh Khê' },
  { host: 'songiang.hatinh.gov.vn', slug: 'son-giang', name: 'Xã Sơn Giang' },
  { host: 'quoctuan.haiphong.gov.vn', slug: 'quoc-tuan', name: 'Xã Quốc Tuấn' },
];
const [KHANH_KHE] = COMMUNES as [(typeof COMMUNES)[number], ...typeof COMMUNES];
const ADMIN_HOST = 'quantri.test.gov.vn';
/** The provincial network of this test: one loopback address; requests from 127.0.0.1 are outsiders. */
const PROVINCE_NETWORK = '127.0.0.2';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browser = (n: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.${n}`;

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let nginx: NginxInstance;
let token: string;
let ipv6 = false;
const sessions: ClientHttp2Session[] = [];

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_production_nginx');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  token = await strapi.publicToken();
  const visitLog = `127.0.0.1:${await freePort()}`;
  site = await startSite({
    strapiUrl: strapi.url,
    token,
    scheme: 'https',
    // As in config/site.env.example: nginx on loopback is trusted, its log records arrive here.
    env: { NUXT_TRUSTED_PROXIES: 'loopback', NUXT_VISIT_LOG_LISTEN: visitLog, NUXT_VISIT_FLUSH_MS: '300' },
  });
  ipv6 = await hasIpv6Loopback();
  nginx = await startNginx({
    sitePorts: [site.port],
    cmsPorts: [Number(new URL(strapi.url).port)],
    adminHost: ADMIN_HOST,
    adminAllow: [PROVINCE_NETWORK],
    // The unknown host too: the catch-all answers it (with the site's 404) on a valid certificate.
    hosts: [...COMMUNES.map((commune) => commune.host), 'khong-co-xa-nay.gov.vn'],
    visitLog,
    ipv6,
  });
});

afterAll(async () => {
  for (const session of sessions) session.close();
  await nginx?.stop();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  alpn: string;
}

/** One HTTP/2 request over TLS to nginx, with SNI and :authority set to `host`. */
function h2(
  host: string,
  path: string,
  options: { headers?: Record<string, string>; address?: string; localAddress?: string } = {},
): Promise<Answer> {
  const address = options.address ?? '127.0.0.1';
  const origin = `https://${address.includes(':') ? `[${address}]` : address}:${nginx.httpsPort}`;
  return new Promise((resolve, reject) => {
    // localAddress goes through to net.connect (the source address the allow-list sees); the
    // http2 typings do not list it.
    const tls: SecureClientSessionOptions & { localAddress?: string } = {
      ca: nginx.cert,
      servername: host,
      ALPNProtocols: ['h2', 'http/1.1'],
    };
    if (options.localAddress) tls.localAddress = options.localAddress;
    const session = connect(origin, tls);
    sessions.push(session);
    session.on('error', reject);
    const stream = session.request({ ':path': path, ':authority': host, accept: HTML, 'user-agent': browser(0), ...options.headers });
    const chunks: Buffer[] = [];
    let headers: Record<string, string> = {};
    let status = 0;
    stream.on('response', (received) => {
      status = Number(received[constants.HTTP2_HEADER_STATUS]);
      headers = Object.fromEntries(Object.entries(received).map(([name, value]) => [name, String(value)]));
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const alpn = session.alpnProtocol ?? '';
      session.close();
      resolve({ status, headers, body: Buffer.concat(chunks), alpn });
    });
    stream.end();
  });
}

const text = (answer: Answer): string =>
  (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function totals(slug: string): Promise<VisitTotals> {
  const response = await fetch(`${strapi.url}/api/site-stats/visits`, { headers: { authorization: `Bearer ${token}`, 'x-commune': slug } });
  return (await response.json()) as VisitTotals;
}

describe('the production nginx configuration', () => {
  it('serves every commune domain from the catch-all server over TLS and HTTP/2, on IPv4 and IPv6', async () => {
    for (const commune of COMMUNES) {
      const answer = await h2(commune.host, '/');
      expect(answer.alpn).toBe('h2');
      expect(answer.status).toBe(200);
      expect(text(answer)).toContain(commune.name);
    }
    // A host no commune has: the site's 404, not another commune's page.
    expect((await h2('khong-co-xa-nay.gov.vn', '/')).status).toBe(404);
    if (ipv6) {
      const overIpv6 = await h2(KHANH_KHE.host, '/', { address: '::1' });
      expect(overIpv6.status).toBe(200);
      expect(text(overIpv6)).toContain(KHANH_KHE.name);
    } else {
      console.warn('No ::1 on this machine: the IPv6 listener was not rendered or checked.');
    }
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const answer = await new Promise<{ status: number; location: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: nginx.httpPort, path: '/tin-tuc?trang=2', headers: { host: KHANH_KHE.host } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, location: String(res.headers.location) });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer).toEqual({ status: 301, location: `https://${KHANH_KHE.host}/tin-tuc?trang=2` });
  });

  it("compresses with gzip, keeps the site's own headers and shows no nginx version", async () => {
    const answer = await h2(KHANH_KHE.host, '/tin-tuc', { headers: { 'accept-encoding': 'gzip' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString('utf8')).toContain('</html>');
    // Set by the site (server/utils/security-headers.ts), passed through untouched.
    expect(answer.headers['content-security-policy']).toMatch(/default-src/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(answer.headers.server).toBe('nginx');
    const notFound = await h2(KHANH_KHE.host, '/khong-co-trang-nay');
    expect(notFound.headers.server).toBe('nginx');
    expect(text(notFound)).not.toMatch(/nginx\/\d/);
  });

  it('micro-caches pages for about a second and serves them stale while refreshing', async () => {
    const path = '/gioi-thieu';
    const first = await h2(KHANH_KHE.host, path);
    expect(first.status).toBe(200);
    expect(['MISS', 'EXPIRED']).toContain(first.headers['x-cache']);
    const second = await h2(KHANH_KHE.host, path);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(text(second)).toContain(KHANH_KHE.name);
    // nginx counts cache ages in whole seconds: "1s" ends 1 to 2 s after the copy was stored.
    await sleep(2100);
    // Expired: this request gets the stored copy at once while one request refreshes it.
    const stale = await h2(KHANH_KHE.host, path);
    expect(stale.status).toBe(200);
    expect(['STALE', 'UPDATING', 'EXPIRED']).toContain(stale.headers['x-cache']);
  });

  it('never caches search results in nginx', async () => {
    for (const path of [
      '/tim-kiem?q=n%C3%B4ng%20th%C3%B4n',
      '/van-ban?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh',
      '/thu-tuc-hanh-chinh?q=khai%20sinh',
      '/api/search?q=xa',
    ]) {
      const statuses: string[] = [];
      for (let n = 0; n < 3; n += 1) statuses.push((await h2(KHANH_KHE.host, path)).headers['x-cache'] ?? '');
      expect(statuses).toEqual(['BYPASS', 'BYPASS', 'BYPASS']);
    }
    // A listing page with only a page number is a page like any other.
    await h2(KHANH_KHE.host, '/van-ban?trang=1');
    expect((await h2(KHANH_KHE.host, '/van-ban?trang=1')).headers['x-cache']).toBe('HIT');
  });

  it('never caches an editor’s preview (README "Preview"), even its refusals', async () => {
    for (const path of ['/xem-truoc/khong-phai-lien-ket', '/api/preview/khong-phai-lien-ket']) {
      const answers = [];
      for (let n = 0; n < 3; n += 1) answers.push(await h2(KHANH_KHE.host, path));
      expect(answers.map((answer) => answer.headers['x-cache'])).toEqual(['BYPASS', 'BYPASS', 'BYPASS']);
      for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store, private');
    }
  });

  it('counts the views nginx answers from its cache, once per visitor', async () => {
    const slug = COMMUNES[2]?.slug ?? '';
    const host = COMMUNES[2]?.host ?? '';
    const before = await totals(slug);
    await h2(host, '/lien-he', { headers: { 'user-agent': 'warming the cache/1.0 (bot)' } });
    // Three visitors whose every view is a cache HIT: the site never sees them.
    for (const n of [1, 2, 3]) {
      for (let view = 0; view < 3; view += 1) {
        const answer = await h2(host, '/lien-he', { headers: { 'user-agent': browser(n) } });
        expect(answer.status).toBe(200);
        if (view === 0 && n === 1) expect(answer.headers['x-cache']).toBe('HIT');
      }
    }
    // And a robot through the cache: not a visit.
    await h2(host, '/lien-he', { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
    const deadline = Date.now() + 10000;
    let figures = await totals(slug);
    while (figures.today < before.today + 3 && Date.now() < deadline) {
      await sleep(200);
      figures = await totals(slug);
    }
    await sleep(1000);
    expect(await totals(slug)).toEqual({ today: before.today + 3, total: before.total + 3 });
  });

  it('puts the admin on its own host name, reachable from the provincial network only', async () => {
    const inside = await h2(ADMIN_HOST, '/admin', { localAddress: PROVINCE_NETWORK });
    expect(inside.status).toBe(200);
    expect(text(inside)).toMatch(/<div id="strapi"|strapi/i);
    const outside = await h2(ADMIN_HOST, '/admin');
    expect(outside.status).toBe(403);
    expect(outside.headers.server).toBe('nginx');
    // The admin API behind the same rule.
    expect((await h2(ADMIN_HOST, '/admin/init')).status).toBe(403);
    expect((await h2(ADMIN_HOST, '/admin/init', { localAddress: PROVINCE_NETWORK })).status).toBe(200);
    // The sites' host does not lead to the admin.
    expect(text(await h2(KHANH_KHE.host, '/admin'))).not.toMatch(/<div id="strapi"/);
  });

  it('keeps serving a page it has while the site is down (stale), and a Vietnamese 502 for others', async () => {
    const path = '/tin-tuc';
    await h2(KHANH_KHE.host, path);
    await site.stop();
    await sleep(2100);
    const stale = await h2(KHANH_KHE.host, path);
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache']).toBe('STALE');
    expect(text(stale)).toContain(KHANH_KHE.name);
    // Never served before: nothing to fall back on. nginx's own page, in Vietnamese.
    const missing = await h2(KHANH_KHE.host, '/thu-tuc-hanh-chinh?trang=9');
    expect(missing.status).toBe(502);
    expect(text(missing)).toContain('Trang tạm thời không truy cập được');
  });
});
