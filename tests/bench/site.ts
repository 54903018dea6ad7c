/**
 * `npm run bench:site` — the public site's budgets (issue 6), printed with PASS/MISS, not asserted.
 *
 * On the demo seed, with the built site and Strapi on their own database:
 * 1. Weight of the home page as a phone downloads it: the HTML and every stylesheet, script and
 *    font it links, each gzip-compressed (level 6, as a gzip proxy sends it), content images
 *    excluded. Budget: ≤ 150 KB in all, of which JavaScript ≤ 75 KB. Other page types are printed too.
 * 2. The cached home page at 50 concurrent connections (autocannon), with a browser's user agent
 *    (a visit: counted) and, separately, a robot's: requests/s, p50/p95 and the site process's
 *    CPU per view (from /proc/<pid>/stat before and after) — the site alone (plain HTTP), and
 *    through the production nginx (config/nginx, TLS, micro-cache, page-view log to the site) —
 *    beside Debian's nginx serving the same HTML as a static file (plain HTTP and TLS, one worker
 *    like the production nginx here), all in this run; the ratios are the figures.
 * 3. p50/p95 of an uncached render (the page cache missed on purpose, Strapi answers warm).
 *
 * Targets (issue 14): CPU per cached browser view ≤ 0.35 ms; site alone ≥ 0.35 of nginx static
 * requests/s; through nginx ≥ 0.9 of nginx static over TLS. Printed with PASS/MISS, not asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { startService, type Service } from '../../scripts/lib/processes.ts';
import { nginxBinary } from '../support/nginx.ts';
import { cpuMs } from './proc.ts';
import { startBenchStack } from './stack.ts';

const HOST = 'khanhkhe.langson.gov.vn';
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const UNCACHED_REQUESTS = Number(process.env.BENCH_UNCACHED ?? 200);
const BUDGET = { total: 150 * 1024, javascript: 75 * 1024 };
const CMS_PORT = Number(process.env.BENCH_CMS_PORT ?? 1381);
const SITE_PORT = Number(process.env.BENCH_SITE_PORT ?? 3081);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3082);
const STATIC_TLS_PORT = Number(process.env.BENCH_STATIC_TLS_PORT ?? 3083);
const VISIT_LOG_PORT = Number(process.env.BENCH_VISIT_LOG_PORT ?? 3084);
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ROBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const TARGET = { cpuPerView: 0.35, siteVsStatic: 0.35, nginxVsStatic: 0.9 };

interface Fetched {
  status: number;
  body: Buffer;
  contentType: string;
}

/** GET on the site with the commune's Host header (fetch cannot set it). */
function get(port: number, pathname: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { host: HOST, accept: 'text/html,*/*' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? '') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (body: Buffer): number => gzipSync(body, { level: 6 }).length;

/** Stylesheets, scripts, preloads and fonts a page links; images are content, left out. */
function linkedAssets(html: string): { url: string; kind: 'css' | 'js' | 'other' }[] {
  const assets: { url: string; kind: 'css' | 'js' | 'other' }[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (!href || /alternate|canonical|icon/.test(rel)) continue;
    if (/stylesheet/.test(rel)) assets.push({ url: href, kind: 'css' });
    else if (/modulepreload|preload|prefetch/.test(rel)) assets.push({ url: href, kind: /\.m?js(\?|$)/.test(href) ? 'js' : 'other' });
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (match[1]) assets.push({ url: match[1], kind: 'js' });
  // Inline scripts (Nuxt's payload, if any) count as JavaScript in the HTML's own weight below.
  return assets.filter((asset, index) => assets.findIndex((other) => other.url === asset.url) === index);
}

interface Weight {
  page: string;
  html: number;
  css: number;
  javascript: number;
  other: number;
  inlineScript: number;
  images: number;
}

async function weigh(pathname: string): Promise<Weight> {
  const page = await get(SITE_PORT, pathname);
  if (page.status !== 200) throw new Error(`${pathname} answered ${page.status}`);
  const html = page.body.toString('utf8');
  const weight: Weight = {
    page: pathname,
    html: gz(page.body),
    css: 0,
    javascript: 0,
    other: 0,
    inlineScript: 0,
    images: (html.match(/<img\b/g) ?? []).length,
  };
  for (const inline of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    weight.inlineScript += gz(Buffer.from(inline[1] ?? ''));
  for (const asset of linkedAssets(html)) {
    const answer = await get(SITE_PORT, asset.url);
    if (answer.status !== 200) throw new Error(`${asset.url} answered ${answer.status}`);
    const size = gz(answer.body);
    if (asset.kind === 'css') weight.css += size;
    else if (asset.kind === 'js') weight.javascript += size;
    else weight.other += size;
  }
  return weight;
}

interface Load {
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  requests: number;
  /** The site process's CPU per request, ms (NaN when not measured). */
  siteCpuPerRequest: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** autocannon at CONNECTIONS for DURATION_S; latencies collected per response for an exact p95. */
async function load(url: string, userAgent: string, sitePid?: number): Promise<Load> {
  const times: number[] = [];
  const cpuBefore = sitePid ? cpuMs(sitePid) : Number.NaN;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      servername: HOST,
      headers: { host: HOST, accept: 'text/html', 'user-agent': userAgent },
    };
    const instance = autocannon(options, (error, answer) => (error ? reject(error) : resolve(answer)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  // Let the site finish what the last responses started (visit batches, log records).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const cpu = sitePid ? cpuMs(sitePid) - cpuBefore : Number.NaN;
  times.sort((a, b) => a - b);
  return {
    perSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
    siteCpuPerRequest: cpu / result.requests.total,
  };
}

/** Debian's nginx serving the HTML as a static file, plain and over TLS, one worker like the production nginx here. */
async function startStaticServer(html: Buffer, cert: { cert: string; key: string }): Promise<{ stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-static-'));
  await writeFile(path.join(dir, 'index.html'), html);
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(
    conf,
    `user root; worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; types { text/html html; } default_type text/html; server_tokens off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${STATIC_PORT}; listen 127.0.0.1:${STATIC_TLS_PORT} ssl;
    ssl_certificate ${cert.cert}; ssl_certificate_key ${cert.key}; ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:static_tls:10m;
    root ${dir}; location / { try_files /index.html =404; } } }
`,
  );
  const service: Service = startService('nginx-static', nginxBinary(), ['-p', dir, '-c', conf]);
  for (let tries = 0; tries < 50; tries += 1) {
    if ((await get(STATIC_PORT, '/').catch(() => null))?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop: async () => {
      await service.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function uncachedRenders(pathnames: string[]): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let index = 0; index < UNCACHED_REQUESTS; index += 1) {
    const pathname = pathnames[index % pathnames.length] ?? '/';
    // A query string the page ignores makes a new page-cache key: the page is rendered again.
    const started = performance.now();
    const answer = await get(SITE_PORT, `${pathname}${pathname.includes('?') ? '&' : '?'}bench=${index}`);
    times.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`${pathname} answered ${answer.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

const stack = await startBenchStack({
  name: 'bench-site',
  pgPort: Number(process.env.BENCH_PG_PORT ?? 5494),
  cmsPort: CMS_PORT,
  sitePort: SITE_PORT,
  visitLogPort: VISIT_LOG_PORT,
  nginxWorkers: 1,
});
let exitCode = 0;
try {
  const sitePid = stack.site.child.pid ?? 0;
  const samplePages = [
    '/',
    '/tin-tuc',
    '/tin-tuc/dang-uy-xa-trien-khai-nhiem-vu-nam-2026',
    '/van-ban',
    '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
    '/lien-he',
    '/gioi-thieu/co-cau-to-chuc',
  ];
  const weights: Weight[] = [];
  for (const pathname of samplePages) weights.push(await weigh(pathname));

  // Warm the page cache, then load it; then the same HTML from a static server, in this run.
  const home = await get(SITE_PORT, '/');
  await get(SITE_PORT, '/');
  const visitsBefore = await todayVisits(stack.databaseUrl);
  const siteBrowser = await load(`http://127.0.0.1:${SITE_PORT}/`, BROWSER, sitePid);
  const siteRobot = await load(`http://127.0.0.1:${SITE_PORT}/`, ROBOT, sitePid);
  const nginxUrl = `https://127.0.0.1:${stack.nginx.httpsPort}/`;
  const nginxBrowser = await load(nginxUrl, BROWSER, sitePid);
  const nginxRobot = await load(nginxUrl, ROBOT, sitePid);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const visitsAfter = await todayVisits(stack.databaseUrl);
  const staticServer = await startStaticServer(home.body, {
    cert: path.join(stack.nginx.dir, 'cert.pem'),
    key: path.join(stack.nginx.dir, 'key.pem'),
  });
  let staticPlain: Load;
  let staticTls: Load;
  try {
    staticPlain = await load(`http://127.0.0.1:${STATIC_PORT}/`, BROWSER);
    staticTls = await load(`https://127.0.0.1:${STATIC_TLS_PORT}/`, BROWSER);
  } finally {
    await staticServer.stop();
  }
  const uncached = await uncachedRenders(samplePages);

  const [homeWeight] = weights;
  if (!homeWeight) throw new Error('no home page weight');
  const homeTotal = homeWeight.html + homeWeight.css + homeWeight.javascript + homeWeight.other;
  const homeScript = homeWeight.javascript + homeWeight.inlineScript;
  const lines = [
    '',
    `Public site budgets — demo seed, ${HOST}, Node ${process.version}, ${new Date().toISOString()}`,
    '',
    'Weight, gzip level 6, content images excluded:',
    'page                                              HTML       CSS        JS      other     total   images',
    ...weights.map(
      (w) =>
        `${w.page.padEnd(48)} ${kb(w.html).padStart(8)} ${kb(w.css).padStart(9)} ${kb(w.javascript + w.inlineScript).padStart(9)} ${kb(w.other).padStart(9)} ${kb(w.html + w.css + w.javascript + w.inlineScript + w.other).padStart(9)} ${String(w.images).padStart(8)}`,
    ),
    '',
    `home page: ${kb(homeTotal + homeWeight.inlineScript)} of ${kb(BUDGET.total)} ${verdict(homeTotal + homeWeight.inlineScript <= BUDGET.total)}; JavaScript ${kb(homeScript)} of ${kb(BUDGET.javascript)} ${verdict(homeScript <= BUDGET.javascript)}`,
    '',
    `Cached home page at ${CONNECTIONS} connections for ${DURATION_S} s each (autocannon, keep-alive), load average ${loadAverage()}:`,
    `                                        req/s    p50 ms    p95 ms   errors   site CPU ms/view`,
    row('site alone, browser (a visit)', siteBrowser),
    row('site alone, robot', siteRobot),
    row('production nginx (TLS), browser', nginxBrowser),
    row('production nginx (TLS), robot', nginxRobot),
    row('nginx static file (HTTP)', staticPlain),
    row('nginx static file (TLS)', staticTls),
    '',
    `CPU per cached browser view (site alone): ${siteBrowser.siteCpuPerRequest.toFixed(3)} ms (target ≤ ${TARGET.cpuPerView}) ${verdict(siteBrowser.siteCpuPerRequest <= TARGET.cpuPerView)}; robot ${siteRobot.siteCpuPerRequest.toFixed(3)} ms`,
    `site alone / nginx static (HTTP): throughput ${(siteBrowser.perSecond / staticPlain.perSecond).toFixed(2)} (target ≥ ${TARGET.siteVsStatic}) ${verdict(siteBrowser.perSecond / staticPlain.perSecond >= TARGET.siteVsStatic)}, p50 ${(siteBrowser.p50 / staticPlain.p50).toFixed(2)}, p95 ${(siteBrowser.p95 / staticPlain.p95).toFixed(2)}`,
    `through nginx / nginx static (TLS): throughput ${(nginxBrowser.perSecond / staticTls.perSecond).toFixed(2)} (target ≥ ${TARGET.nginxVsStatic}) ${verdict(nginxBrowser.perSecond / staticTls.perSecond >= TARGET.nginxVsStatic)}, p50 ${(nginxBrowser.p50 / staticTls.p50).toFixed(2)}, p95 ${(nginxBrowser.p95 / staticTls.p95).toFixed(2)}`,
    `visits counted today across the runs: ${visitsBefore} → ${visitsAfter} (one browser user agent from one address: one visitor; robots: none)`,
    '',
    `Uncached render (page cache missed on purpose, ${UNCACHED_REQUESTS} sequential requests over ${samplePages.length} page types): p50 ${uncached.p50.toFixed(1)} ms, p95 ${uncached.p95.toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);

function row(name: string, figures: Load): string {
  const cpu = Number.isNaN(figures.siteCpuPerRequest) ? '' : figures.siteCpuPerRequest.toFixed(3);
  return `${name.padEnd(36)}${figures.perSecond.toFixed(0).padStart(9)} ${figures.p50.toFixed(1).padStart(9)} ${figures.p95.toFixed(1).padStart(9)} ${String(figures.errors).padStart(8)} ${cpu.padStart(18)}`;
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

/** Today's visits of every commune (Vietnam time), from the database. */
async function todayVisits(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      "SELECT coalesce(sum(visits), 0) AS n FROM site_visits WHERE day = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date",
    );
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
