/**
 * The public site under attack from the outside, built and running against the real Strapi and
 * PostgreSQL with the demo data (issue 12, items 7–9 for the site):
 *
 * - every answer carries the security headers (CSP without script, nosniff, Referrer-Policy,
 *   Permissions-Policy; HSTS and COOP with https only) and no X-Powered-By; TRACE is refused;
 * - absolute links come from configuration: a forged port, X-Forwarded-Proto or X-Forwarded-Host
 *   reaches neither the answer nor the copy cached for everyone, and an alias gets its own links;
 * - the development host fallback is off unless turned on;
 * - X-Forwarded-For counts only from a trusted proxy;
 * - in production the site refuses to start without real secrets;
 * - in Chromium, the pages render under their CSP without one violation, images and styles
 *   load, and the document page still shows its PDF.
 *
 * One Strapi for the file; two site processes: `production` (https links, no fallback, a trusted
 * proxy that is not the test's address) and `development` (http links with its port, the
 * fallback on, loopback trusted).
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { frontendDir } from '../../database/paths.ts';
import { node } from '../../scripts/lib/tools.ts';
import { dayInVietnam, visitorHash } from '../../frontend/server/utils/visits';
import type { PublicDocumentItem, PublicApiList, PublicNewsItem, PublicProcedureItem } from '../../frontend/shared/types/public-api';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { siteEnv, startSite, type SiteInstance } from '../support/site';
import { freePort, startStrapi, type StrapiInstance } from '../support/strapi';

const PRIMARY = 'khanhkhe.langson.gov.vn';
/** An alias of Khánh Khê in the demo seed. */
const ALIAS = 'khanhkhe.localhost';
const SLUG = 'khanh-khe';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browserAgent = (n: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.${n}.0 Safari/537.36`;
const FORGED = {
  'x-forwarded-proto': 'http',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-port': '6666',
  forwarded: 'host=evil.example;proto=http',
};

let db: TestDatabase;
let strapi: StrapiInstance;
let token: string;
let production: SiteInstance;
let development: SiteInstance;
/** Site paths of seeded content, read from the public API. */
let articlePath: string;
let procedurePath: string;
/** Pages no other test asks for first, so that the attacker's request is the one cached. */
let freshProcedurePath: string;
let pdfDocumentPath: string;
let pdfPath: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with any Host header and method (fetch allows neither). */
function send(
  site: SiteInstance,
  hostHeader: string,
  urlPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: site.port,
        path: urlPath,
        method: options.method ?? 'GET',
        headers: { ...options.headers, host: hostHeader },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const get = (site: SiteInstance, host: string, urlPath: string, headers: Record<string, string> = {}) =>
  send(site, `${host}:${site.port}`, urlPath, { headers });

async function publicList<T>(kind: 'news' | 'documents' | 'procedures'): Promise<T[]> {
  const answer = await get(production, PRIMARY, `/api/public/v1/${kind}?pageSize=50`);
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as PublicApiList<T>).data;
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_site_security');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  token = await strapi.publicToken();
  [production, development] = await Promise.all([
    // Deployed behind a proxy at 10.9.8.7: an attacker reaching the site directly is not it.
    startSite({ strapiUrl: strapi.url, token, scheme: 'https', env: { NUXT_TRUSTED_PROXIES: '10.9.8.7, fd00::/8' } }),
    startSite({ strapiUrl: strapi.url, token, scheme: 'http', devFallback: true, env: { NUXT_TRUSTED_PROXIES: 'loopback' } }),
  ]);
  const news = await publicList<PublicNewsItem>('news');
  const documents = await publicList<PublicDocumentItem>('documents');
  const procedures = await publicList<PublicProcedureItem>('procedures');
  const pdfDocument = documents.find((document) => document.files.some((file) => file.mime === 'application/pdf'));
  const pdf = pdfDocument?.files.find((file) => file.mime === 'application/pdf');
  if (!news[0] || !procedures[0] || !procedures[1] || !pdfDocument || !pdf)
    throw new Error('the demo seed has no article, procedures or document with a PDF');
  articlePath = new URL(news[0].url).pathname;
  procedurePath = new URL(procedures[0].url).pathname;
  freshProcedurePath = new URL(procedures[1].url).pathname;
  pdfDocumentPath = new URL(pdfDocument.url).pathname;
  pdfPath = new URL(pdf.url).pathname;
});

afterAll(async () => {
  await production?.stop();
  await development?.stop();
  await strapi?.stop();
  await db?.drop();
});

/** The CSP of the pages, directive by directive. */
const PAGE_CSP = {
  'default-src': ["'none'"],
  'script-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

function directives(policy: string | string[] | undefined): Record<string, string[]> {
  return Object.fromEntries(
    String(policy ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values];
      }),
  );
}

/** The headers every answer of the site carries, whatever it is. */
function expectSecurityHeaders(answer: Answer, options: { https: boolean }, where: string): void {
  const { headers } = answer;
  const seen = {
    where,
    nosniff: headers['x-content-type-options'],
    referrer: headers['referrer-policy'],
    coop: headers['cross-origin-opener-policy'],
    poweredBy: headers['x-powered-by'],
    hsts: headers['strict-transport-security'],
  };
  expect(seen).toEqual({
    where,
    nosniff: 'nosniff',
    referrer: 'strict-origin-when-cross-origin',
    coop: options.https ? 'same-origin' : undefined,
    poweredBy: undefined,
    hsts: options.https ? 'max-age=31536000; includeSubDomains' : undefined,
  });
  const permissions = String(headers['permissions-policy'] ?? '').split(', ');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort']) {
    expect({ where, feature, denied: permissions.includes(`${feature}=()`) }).toEqual({ where, feature, denied: true });
  }
}

describe('security headers', () => {
  const answers = () =>
    [
      ['home page', PRIMARY, '/', HTML, 200],
      ['procedure page', PRIMARY, procedurePath, HTML, 200],
      ['news feed', PRIMARY, '/rss/tin-tuc.xml', '*/*', 200],
      ['sitemap', PRIMARY, '/sitemap.xml', '*/*', 200],
      ['robots.txt', PRIMARY, '/robots.txt', '*/*', 200],
      ['public API', PRIMARY, '/api/public/v1/news?pageSize=2', 'application/json', 200],
      ['refused API query', PRIMARY, '/api/public/v1/news?pageSize=500', 'application/json', 400],
      ['missing page', PRIMARY, '/khong-co-trang-nay', HTML, 404],
      ['missing API route', PRIMARY, '/api/khong-co', 'application/json', 404],
      ['unknown host', 'evil.example', '/', HTML, 404],
      ['theme stylesheet', PRIMARY, '/theme/a51d24.css', 'text/css', 200],
    ] as const;

  it.each([
    ['production (https)', true],
    ['development (http)', false],
  ])('are on every answer of the %s site, HSTS and COOP only with https, the page CSP on all but uploads', async (_name, https) => {
    const site = https ? production : development;
    for (const [what, host, urlPath, accept, status] of answers()) {
      const answer = await get(site, host, urlPath, { accept, 'user-agent': browserAgent(1) });
      const where = `${what} ${urlPath}`;
      expect({ where, status: answer.status }).toEqual({ where, status });
      expectSecurityHeaders(answer, { https }, where);
      expect({ where, csp: directives(answer.headers['content-security-policy']) }).toEqual({ where, csp: PAGE_CSP });
      expect({ where, frame: answer.headers['x-frame-options'] }).toEqual({ where, frame: 'DENY' });
    }
  });

  it("are on the build's own assets too", async () => {
    const home = await get(production, PRIMARY, '/', { accept: HTML });
    const stylesheet = /href="(\/_nuxt\/[^"]+\.css)"/.exec(home.body)?.[1];
    expect(stylesheet).toBeDefined();
    for (const urlPath of [stylesheet ?? '', '/_nuxt/khong-co.css']) {
      const answer = await get(production, PRIMARY, urlPath);
      expect({ urlPath, status: answer.status }).toEqual({ urlPath, status: urlPath === stylesheet ? 200 : 404 });
      expectSecurityHeaders(answer, { https: true }, urlPath);
      expect(directives(answer.headers['content-security-policy'])).toEqual(PAGE_CSP);
    }
  });

  it('keep the public API open to any origin, without credentials', async () => {
    const answer = await get(production, PRIMARY, '/api/public/v1/documents?pageSize=1', { origin: 'https://portal.langson.gov.vn' });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('are on an upload too, whose policy lets only the site itself frame it (the PDF preview)', async () => {
    const answer = await get(production, PRIMARY, pdfPath);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/pdf/);
    expectSecurityHeaders(answer, { https: true }, pdfPath);
    const csp = directives(answer.headers['content-security-policy']);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('come on a page served from the page cache as on a fresh one', async () => {
    const first = await get(production, PRIMARY, '/lien-he', { accept: HTML });
    const second = await get(production, PRIMARY, '/lien-he', { accept: HTML });
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual(['MISS', 'HIT']);
    for (const answer of [first, second]) {
      expectSecurityHeaders(answer, { https: true }, '/lien-he');
      expect(directives(answer.headers['content-security-policy'])).toEqual(PAGE_CSP);
    }
  });

  it.each(['/', '/rss/tin-tuc.xml', '/api/public/v1/news'])(
    'TRACE %s is refused with 405, and so are the other writing methods',
    async (urlPath) => {
      for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH']) {
        const answer = await send(production, PRIMARY, urlPath, { method, headers: { 'x-secret': 'echo me' } });
        expect({ method, status: answer.status }).toEqual({ method, status: 405 });
        expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
        expect(answer.body).toBe('Method Not Allowed\n');
        expect(answer.body).not.toContain('echo me');
        expectSecurityHeaders(answer, { https: true }, `${method} ${urlPath}`);
      }
    },
  );

  it('still answers HEAD on a page', async () => {
    const head = await send(production, PRIMARY, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expectSecurityHeaders(head, { https: true }, 'HEAD /');
  });

  it("refuses TRACK before the site sees it: Node's HTTP parser answers 400 to methods it does not know", async () => {
    const answer = await send(production, PRIMARY, '/', { method: 'TRACK' });
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('');
  });
});

/**
 * The absolute URLs of a body that point at this site (or at where an attacker would like it
 * to point): on a Khánh Khê host, on evil.example, or with the forged port. Links to other
 * sites in the content (the national public service portal) are left out.
 */
function siteUrls(body: string): string[] {
  return [...body.matchAll(/https?:\/\/[^\s"'<>&]+/g)]
    .map((match) => match[0])
    .filter((url) => {
      const { hostname, port } = new URL(url);
      return hostname.startsWith('khanhkhe.') || hostname === 'evil.example' || port === '6666';
    });
}

/** Paths whose absolute links the attacks below try to poison, with how many they must have at least. */
const LINKED = () =>
  [
    ['news feed', '/rss/tin-tuc.xml', '*/*'],
    ['documents feed', '/rss/van-ban.xml', '*/*'],
    ['sitemap', '/sitemap.xml', '*/*'],
    ['robots.txt', '/robots.txt', '*/*'],
    ['public API', '/api/public/v1/news?pageSize=3', 'application/json'],
    ['procedure page (canonical link)', freshProcedurePath, HTML],
    ['article print version (canonical link, printed address)', `${articlePath}/ban-in`, HTML],
    ['article page (printed address)', articlePath, HTML],
  ] as const;

describe('links come from configuration, not from the request', () => {
  it('a forged port, X-Forwarded-Proto and X-Forwarded-Host reach neither the answer nor the copy cached for everyone', async () => {
    for (const [what, urlPath, accept] of LINKED()) {
      // The attacker comes first, so that whatever is cached is theirs.
      const poisoned = await send(production, `${PRIMARY}:6666`, urlPath, { headers: { accept, ...FORGED } });
      const normal = await get(production, PRIMARY, urlPath, { accept });
      for (const [who, answer] of [
        ['attacker', poisoned],
        ['next visitor', normal],
      ] as const) {
        const where = `${what} for the ${who}`;
        expect({ where, status: answer.status }).toEqual({ where, status: 200 });
        const urls = siteUrls(answer.body);
        expect({ where, some: urls.length > 0 }).toEqual({ where, some: true });
        const foreign = urls.filter((url) => !url.startsWith(`https://${PRIMARY}/`));
        expect({ where, foreign }).toEqual({ where, foreign: [] });
        expect({ where, port: answer.body.includes('6666'), evil: answer.body.includes('evil.example') }).toEqual({
          where,
          port: false,
          evil: false,
        });
      }
      if (accept === HTML) {
        // The next visitor got the page the attacker's request put in the cache.
        expect({ what, cache: [poisoned.headers['x-page-cache'], normal.headers['x-page-cache']] }).toEqual({
          what,
          cache: ['MISS', 'HIT'],
        });
      }
    }
  });

  it('X-Forwarded-Proto https does not turn the http development links into https, nor does a port stick', async () => {
    const feed = await send(development, `${ALIAS}:6666`, '/rss/tin-tuc.xml', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
    });
    expect(feed.status).toBe(200);
    const urls = siteUrls(feed.body);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(`http://${ALIAS}:${development.port}/`))).toEqual([]);
  });

  it('an alias gets its links on the alias, and its own cached page', async () => {
    const page = await get(production, ALIAS, procedurePath, { accept: HTML });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<link rel="canonical" href="https://${ALIAS}${procedurePath}">`);
    const primary = await get(production, PRIMARY, procedurePath, { accept: HTML });
    expect(primary.headers['x-page-cache']).toBe('HIT');
    expect(primary.body).toContain(`<link rel="canonical" href="https://${PRIMARY}${procedurePath}">`);
    const robots = await get(production, ALIAS, '/robots.txt');
    expect(robots.body).toContain(`Sitemap: https://${ALIAS}/sitemap.xml`);
    const api = JSON.parse((await get(production, ALIAS, '/api/public/v1/news?pageSize=1')).body) as PublicApiList<PublicNewsItem>;
    expect(api.commune.url).toBe(`https://${ALIAS}/`);
    expect(api.links.self).toBe(`https://${ALIAS}/api/public/v1/news?page=1&pageSize=1`);
  });

  it('a host that is not one of the commune’s domains is never written into a link', async () => {
    // The Host header chooses the commune; X-Forwarded-Host is not even read.
    const answer = await send(production, PRIMARY, '/robots.txt', { headers: { 'x-forwarded-host': 'evil.example' } });
    expect(answer.body).toBe(
      `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /xem-truoc/\n\nSitemap: https://${PRIMARY}/sitemap.xml\n`,
    );
    expect((await send(production, 'evil.example', '/robots.txt')).status).toBe(404);
  });
});

describe('the development host fallback', () => {
  it('is off by default: localhost and <slug>.localhost are no commune', async () => {
    for (const host of ['localhost', '127.0.0.1', `${SLUG}.localhost`]) {
      for (const urlPath of ['/', '/rss/tin-tuc.xml', '/api/public/v1/news']) {
        const answer = await get(production, host, urlPath, { accept: urlPath === '/' ? HTML : '*/*' });
        expect({ host, urlPath, status: answer.status }).toEqual({ host, urlPath, status: 404 });
        expect(answer.body).not.toContain('Khánh Khê');
      }
    }
  });

  it('when turned on, shows the default commune on localhost with links on localhost', async () => {
    const home = await get(development, 'localhost', '/', { accept: HTML });
    expect(home.status).toBe(200);
    expect(home.body).toContain('Xã Khánh Khê');
    const robots = await get(development, 'localhost', '/robots.txt');
    expect(robots.body).toContain(`Sitemap: http://localhost:${development.port}/sitemap.xml`);
    const bySlug = await get(development, 'son-giang.localhost', '/', { accept: HTML });
    expect(bySlug.status).toBe(200);
    expect(bySlug.body).toContain('Xã Sơn Giang');
  });
});

describe('visits and X-Forwarded-For', () => {
  /** Waits until Strapi holds today's visitor hash of `address` and `userAgent` for Khánh Khê. */
  async function counted(site: SiteInstance, address: string, userAgent: string, timeoutMs = 10000): Promise<boolean> {
    const hash = visitorHash(site.visitSecret, dayInVietnam(new Date()), address, userAgent);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await db.query(
        'SELECT 1 FROM site_visitors v JOIN communes c ON c.id = v.commune_id WHERE c.slug = $1 AND v.visitor_hash = $2',
        [SLUG, Buffer.from(hash, 'hex')],
      );
      if (rows.length > 0) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('from a peer that is not the trusted proxy, a forged X-Forwarded-For is ignored: the visit counts under the real address', async () => {
    const agent = browserAgent(101);
    const answer = await get(production, PRIMARY, '/', {
      accept: HTML,
      'user-agent': agent,
      'x-forwarded-for': '203.0.113.66',
      'x-real-ip': '203.0.113.67',
    });
    expect(answer.status).toBe(200);
    expect(await counted(production, '127.0.0.1', agent)).toBe(true);
    expect(await counted(production, '203.0.113.66', agent, 0)).toBe(false);
    expect(await counted(production, '203.0.113.67', agent, 0)).toBe(false);
  });

  it('from a trusted proxy, the client is the address it appended, not one the client wrote before it', async () => {
    const agent = browserAgent(102);
    const answer = await get(development, ALIAS, '/', { accept: HTML, 'user-agent': agent, 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(answer.status).toBe(200);
    expect(await counted(development, '203.0.113.9', agent)).toBe(true);
    expect(await counted(development, '6.6.6.6', agent, 0)).toBe(false);
    expect(await counted(development, '127.0.0.1', agent, 0)).toBe(false);
  });

  it('behind a trusted proxy, two clients are two visitors, not the proxy’s one', async () => {
    const agent = browserAgent(103);
    for (const client of ['198.51.100.1', '::ffff:198.51.100.2']) {
      expect((await get(development, ALIAS, '/', { accept: HTML, 'user-agent': agent, 'x-forwarded-for': client })).status).toBe(200);
    }
    expect(await counted(development, '198.51.100.1', agent)).toBe(true);
    expect(await counted(development, '198.51.100.2', agent)).toBe(true);
  });
});

describe('production fails closed', () => {
  interface Exit {
    code: number | null;
    output: string;
  }

  /** Starts the built site with this environment: its exit code if it stops by itself, null if it answers. */
  async function startAndWait(env: Record<string, string>, production: boolean): Promise<Exit> {
    const port = await freePort();
    const base = siteEnv({ strapiUrl: strapi.url, token }, port, 'v'.repeat(64));
    if (!production) delete base.NODE_ENV;
    const child = spawn(node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], {
      cwd: frontendDir,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const site: SiteInstance = {
      port,
      visitSecret: '',
      urlFor: (host) => `http://${host}:${port}`,
      output: () => output,
      stop: () => Promise.resolve(),
    };
    const deadline = Date.now() + 30000;
    while (child.exitCode === null && Date.now() < deadline) {
      const status = await get(site, PRIMARY, '/robots.txt').then(
        (answer) => answer.status,
        () => 0,
      );
      if (status !== 0) {
        child.kill('SIGTERM');
        await exited;
        return { code: null, output: `${output}\nanswered ${status}` };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (child.exitCode === null) child.kill('SIGKILL');
    return { code: await exited, output };
  }

  it.each([
    ['missing', { NUXT_STRAPI_TOKEN: '' }, 'NUXT_STRAPI_TOKEN is not set'],
    [
      'a CHANGE_ME placeholder',
      { NUXT_STRAPI_TOKEN: 'CHANGE_ME' },
      'NUXT_STRAPI_TOKEN is still the CHANGE_ME placeholder of config/.env.example',
    ],
    ['too short', { NUXT_STRAPI_TOKEN: 'k'.repeat(31) }, 'NUXT_STRAPI_TOKEN is 31 bytes long; at least 32 are required'],
    ['a missing visit secret', { NUXT_VISIT_SECRET: '' }, 'NUXT_VISIT_SECRET is not set'],
    [
      'a CHANGE_ME visit secret',
      { NUXT_VISIT_SECRET: 'CHANGE_ME' },
      'NUXT_VISIT_SECRET is still the CHANGE_ME placeholder of config/.env.example',
    ],
  ])('refuses to start with a Strapi token or visit secret that is %s', async (_what, env, problem) => {
    const exit = await startAndWait(env, true);
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('The public site refuses to start in production (NODE_ENV=production):');
    expect(exit.output).toContain(`  - ${problem}`);
  });

  it('refuses trusted proxies it cannot read, even outside production', async () => {
    const exit = await startAndWait({ NUXT_TRUSTED_PROXIES: 'true' }, false);
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('NUXT_TRUSTED_PROXIES: "true" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or "loopback"');
  });

  it('starts outside production without secrets (npm start on a developer machine)', async () => {
    const exit = await startAndWait({ NUXT_VISIT_SECRET: '' }, false);
    expect(exit.code).toBeNull();
    expect(exit.output).toContain('answered 200');
  });
});

describe('in Chromium, under the CSP', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium([PRIMARY]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  interface Visit {
    page: Page;
    status: number | null;
    /** Console messages of any kind but plain logs: CSP reports and Permissions-Policy errors come as errors or warnings. */
    console: string[];
    failed: string[];
    notOk: string[];
    /** Every URL the page requested, the document included. */
    requested: string[];
  }

  async function visit(urlPath: string): Promise<Visit> {
    const page = await browser.newPage();
    const seen: Omit<Visit, 'page' | 'status'> = { console: [], failed: [], notOk: [], requested: [] };
    page.on('request', (sent) => seen.requested.push(sent.url()));
    // Runs before the page's own content, outside its CSP: collects the violations the page raises.
    await page.addInitScript(() => {
      const store = window as unknown as { violations: string[] };
      store.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        store.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page.on('console', (message) => {
      if (message.type() !== 'log' && message.type() !== 'debug' && message.type() !== 'info')
        seen.console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('requestfailed', (failed) => seen.failed.push(`${failed.url()} ${failed.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      // The page itself may be a 404 on purpose; nothing it loads may fail.
      if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) return;
      if (response.url().startsWith('http') && response.status() >= 400) seen.notOk.push(`${response.status()} ${response.url()}`);
    });
    // On the http site: over plain http, the https site's COOP header makes Chromium log an
    // error (the header tests above check it); the CSP is the same on both.
    const response = await page.goto(`${development.urlFor(PRIMARY)}${urlPath}`, { waitUntil: 'load' });
    return { page, status: response?.status() ?? null, ...seen };
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it.each([
    ['home page', '/', 200],
    ['news list', '/tin-tuc', 200],
    ['document search (component stylesheet)', '/van-ban', 200],
    ['site search', '/tim-kiem?q=van+ban', 200],
    ['introduction', '/gioi-thieu', 200],
    ['missing page', '/khong-co-trang-nay', 404],
  ])('renders the %s with its styles and images and no violation', async (_what, urlPath, status) => {
    const seen = await visit(urlPath);
    try {
      expect(seen.status).toBe(status);
      // Brings every (lazily loaded) image into view and waits for it, up to 5 s each.
      await seen.page.evaluate(async () => {
        for (const image of Array.from(document.images)) {
          image.scrollIntoView();
          await Promise.race([image.decode().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
        }
      });
      expect(await violations(seen.page)).toEqual([]);
      // The one message a 404 page gets is about its own status.
      const ownStatus = `error: Failed to load resource: the server responded with a status of 404`;
      expect(seen.console.filter((message) => !(status === 404 && message.startsWith(ownStatus)))).toEqual([]);
      expect(seen.failed).toEqual([]);
      expect(seen.notOk).toEqual([]);
      const facts = await seen.page.evaluate(() => ({
        // main.css sets it (a browser's default is 8px): the site's own stylesheet applied.
        styled: getComputedStyle(document.body).marginTop === '0px',
        links: document.querySelectorAll('link[rel="stylesheet"]').length,
        sheets: Array.from(document.styleSheets, (sheet) => sheet.cssRules.length),
        brokenImages: Array.from(document.images)
          .filter((image) => !image.complete || image.naturalWidth === 0)
          .map((image) => image.src),
        images: document.images.length,
        inlineStyles: document.querySelectorAll('[style], style').length,
      }));
      // Every stylesheet link loaded (a blocked one has no sheet) and has rules.
      expect(facts.links).toBeGreaterThan(0);
      expect(facts.sheets).toHaveLength(facts.links);
      expect(facts.sheets.every((rules) => rules > 0)).toBe(true);
      expect(facts.styled).toBe(true);
      expect(facts.brokenImages).toEqual([]);
      expect(facts.inlineStyles).toBe(0);
      if (status === 200) expect(facts.images).toBeGreaterThan(0);
    } finally {
      await seen.page.close();
    }
  });

  it("shows the commune's colour from its theme stylesheet", async () => {
    const [row] = await db.query<{ theme_color: string }>('SELECT theme_color FROM communes WHERE slug = $1', [SLUG]);
    const seen = await visit('/');
    try {
      const accent = await seen.page.evaluate(() =>
        getComputedStyle(document.querySelector('.site') as Element)
          .getPropertyValue('--accent')
          .trim(),
      );
      expect(accent).toBe(String(row?.theme_color).toLowerCase());
      expect(await violations(seen.page)).toEqual([]);
    } finally {
      await seen.page.close();
    }
  });

  it("opens the document's PDF only from its link, and nothing is blocked", async () => {
    const seen = await visit(pdfDocumentPath);
    try {
      expect(seen.status).toBe(200);
      // No inline preview: the page itself fetches no PDF (on 3G it was about 1.4 MB per view).
      await seen.page.waitForTimeout(500);
      expect(seen.requested.filter((url) => url.includes(pdfPath))).toEqual([]);
      expect(await violations(seen.page)).toEqual([]);
      // The reader asks for it: the link opens the file, in Chromium's own PDF viewer.
      const link = seen.page.locator(`a.pdf-open__link[href="${pdfPath}"]`);
      const [answer] = await Promise.all([seen.page.waitForResponse((response) => response.url().endsWith(pdfPath)), link.click()]);
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe('application/pdf');
      const deadline = Date.now() + 10000;
      let frames: string[] = [];
      while (Date.now() < deadline) {
        frames = seen.page.frames().map((frame) => frame.url());
        if (frames.some((url) => url.startsWith('chrome-extension://'))) break;
        await seen.page.waitForTimeout(200);
      }
      expect(frames.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
      expect(seen.console).toEqual([]);
      expect(seen.notOk).toEqual([]);
    } finally {
      await seen.page.close();
    }
  });

  it('refuses to let another site frame a page', async () => {
    // A page of another origin (about:blank) that frames the home page: Chromium refuses.
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    try {
      const loaded = page.waitForResponse((response) => response.url() === `${production.urlFor(PRIMARY)}/`);
      await page.setContent(`<iframe src="${production.urlFor(PRIMARY)}/"></iframe>`);
      expect((await loaded).status()).toBe(200);
      await page.waitForTimeout(500);
      const framed = page.frames().find((frame) => frame !== page.mainFrame());
      const text = framed ? await framed.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
      expect(text).not.toContain('Khánh Khê');
      expect(messages.some((message) => message.includes("frame-ancestors 'none'"))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
