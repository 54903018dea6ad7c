/**
 * `npm run bench:site` — the public site's budgets (issue 6), printed with PASS/MISS, not asserted.
 *
 * On the demo seed, with the built site and Strapi on their own database:
 * 1. Weight of the home page as a phone downloads it: the HTML and every stylesheet, script and
 *    font it links, each gzip-compressed (level 6, as a gzip proxy sends it), content images
 *    excluded. Budget: ≤ 150 KB in all, of which JavaScript ≤ 75 KB. Other page types are printed too.
 * 2. Throughput and p50/p95 latency of a cached page at 50 concurrent connections (autocannon),
 *    and of a static server (nginx from Debian when installed, else a bare Node http server)
 *    serving the same HTML in the same run; the ratio is the figure.
 * 3. p50/p95 of an uncached render (the page cache missed on purpose, Strapi answers warm).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir, frontendDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { buildCms, buildFrontend, buildPlugins } from '../../scripts/lib/build.ts';
import { startService, waitForHttp, type Service } from '../../scripts/lib/processes.ts';
import { runSeed, strapiEnv } from '../../scripts/lib/stack.ts';
import { baseEnv, node, tools } from '../../scripts/lib/tools.ts';

const HOST = 'khanhkhe.langson.gov.vn';
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const UNCACHED_REQUESTS = Number(process.env.BENCH_UNCACHED ?? 200);
const BUDGET = { total: 150 * 1024, javascript: 75 * 1024 };
const CMS_PORT = Number(process.env.BENCH_CMS_PORT ?? 1381);
const SITE_PORT = Number(process.env.BENCH_SITE_PORT ?? 3081);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? 3082);

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
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? '') }));
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
  const weight: Weight = { page: pathname, html: gz(page.body), css: 0, javascript: 0, other: 0, inlineScript: 0, images: (html.match(/<img\b/g) ?? []).length };
  for (const inline of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) weight.inlineScript += gz(Buffer.from(inline[1] ?? ''));
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
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** autocannon at CONNECTIONS for DURATION_S; latencies collected per response for an exact p95. */
async function load(port: number, pathname: string): Promise<Load> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `http://127.0.0.1:${port}${pathname}`, connections: CONNECTIONS, duration: DURATION_S, headers: { host: HOST, accept: 'text/html' } };
    const instance = autocannon(options, (error, answer) => (error ? reject(error) : resolve(answer)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return { perSecond: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), errors: result.errors + result.non2xx };
}

/** nginx from Debian with one worker (the site is one Node process), else a bare Node server. */
async function startStaticServer(html: Buffer): Promise<{ name: string; stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-static-'));
  await writeFile(path.join(dir, 'index.html'), html);
  const nginx = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (nginx) {
    const conf = path.join(dir, 'nginx.conf');
    await writeFile(
      conf,
      `user root; worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; types { text/html html; } default_type text/html;
  server { listen 127.0.0.1:${STATIC_PORT}; root ${dir}; location / { try_files /index.html =404; } } }
`,
    );
    const service: Service = startService('nginx', nginx, ['-p', dir, '-c', conf]);
    await waitForHttp(`http://127.0.0.1:${STATIC_PORT}/`, { timeoutMs: 10000, service });
    return { name: 'nginx (Debian, 1 worker)', stop: async () => { await service.stop(); await rm(dir, { recursive: true, force: true }); } };
  }
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': html.length });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(STATIC_PORT, '127.0.0.1', resolve));
  return { name: 'bare Node http server', stop: async () => { await new Promise((resolve) => server.close(resolve)); await rm(dir, { recursive: true, force: true }); } };
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

const database = await startDatabaseServer({ clusterDir: path.join(dataDir, 'bench-site-postgres'), port: Number(process.env.BENCH_PG_PORT ?? 5494) });
const services: Service[] = [];
const work = await mkdtemp(path.join(tmpdir(), 'bench-site-'));
let exitCode = 0;
try {
  await buildPlugins();
  await buildCms();
  await buildFrontend();
  const url = withDatabase(database.urlFor('postgres'), 'bench_site');
  await dropDatabase(url);
  await prepareDatabase(url);
  // The bench's own token and admin files: the developer's .data ones stay untouched.
  const env = { ...(await strapiEnv(url, CMS_PORT)), HOST: '127.0.0.1', PUBLIC_SITE_TOKEN_FILE: path.join(work, 'token'), FIRST_ADMIN_CREDENTIALS_FILE: path.join(work, 'admin.json'), STRAPI_LOG_LEVEL: 'warn' };
  console.log('Seeding the demo communes…');
  await runSeed(env);
  const strapi = startService('strapi', node, [tools.strapi, 'start'], { cwd: cmsDir, env });
  services.push(strapi);
  await waitForHttp(`http://127.0.0.1:${CMS_PORT}/_health`, { timeoutMs: 180000, service: strapi, accept: (status) => status === 204 });
  const token = (await readFile(path.join(work, 'token'), 'utf8')).trim();
  const site = startService('site', node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], {
    cwd: frontendDir,
    // Production settings: the site refuses to start there without a visit secret of its own.
    env: baseEnv({
      NODE_ENV: 'production',
      PORT: String(SITE_PORT),
      HOST: '127.0.0.1',
      NUXT_STRAPI_URL: `http://127.0.0.1:${CMS_PORT}`,
      NUXT_STRAPI_TOKEN: token,
      NUXT_VISIT_SECRET: randomBytes(32).toString('hex'),
      NUXT_DEV_COMMUNE_FALLBACK: 'false',
    }),
  });
  services.push(site);
  await waitForHttp(`http://127.0.0.1:${SITE_PORT}/`, { timeoutMs: 60000, service: site, accept: () => true });

  const samplePages = ['/', '/tin-tuc', '/tin-tuc/dang-uy-xa-trien-khai-nhiem-vu-nam-2026', '/van-ban', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', '/lien-he', '/gioi-thieu/co-cau-to-chuc'];
  const weights: Weight[] = [];
  for (const pathname of samplePages) weights.push(await weigh(pathname));

  // Warm the page cache, then load it; then the same HTML from a static server, in this run.
  const home = await get(SITE_PORT, '/');
  await get(SITE_PORT, '/');
  const cached = await load(SITE_PORT, '/');
  const staticServer = await startStaticServer(home.body);
  let baseline: Load;
  try {
    baseline = await load(STATIC_PORT, '/');
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
    ...weights.map((w) => `${w.page.padEnd(48)} ${kb(w.html).padStart(8)} ${kb(w.css).padStart(9)} ${kb(w.javascript + w.inlineScript).padStart(9)} ${kb(w.other).padStart(9)} ${kb(w.html + w.css + w.javascript + w.inlineScript + w.other).padStart(9)} ${String(w.images).padStart(8)}`),
    '',
    `home page: ${kb(homeTotal + homeWeight.inlineScript)} of ${kb(BUDGET.total)} ${verdict(homeTotal + homeWeight.inlineScript <= BUDGET.total)}; JavaScript ${kb(homeScript)} of ${kb(BUDGET.javascript)} ${verdict(homeScript <= BUDGET.javascript)}`,
    '',
    `Cached home page at ${CONNECTIONS} connections for ${DURATION_S} s (autocannon):`,
    `                      req/s    p50 ms    p95 ms   errors`,
    `site (Nuxt, 1 proc) ${cached.perSecond.toFixed(0).padStart(8)} ${cached.p50.toFixed(1).padStart(9)} ${cached.p95.toFixed(1).padStart(9)} ${String(cached.errors).padStart(8)}`,
    `${staticServer.name.padEnd(20)}${baseline.perSecond.toFixed(0).padStart(8)} ${baseline.p50.toFixed(1).padStart(9)} ${baseline.p95.toFixed(1).padStart(9)} ${String(baseline.errors).padStart(8)}`,
    `ratio site/static: throughput ${(cached.perSecond / baseline.perSecond).toFixed(2)}, p50 ${(cached.p50 / baseline.p50).toFixed(2)}, p95 ${(cached.p95 / baseline.p95).toFixed(2)}`,
    '',
    `Uncached render (page cache missed on purpose, ${UNCACHED_REQUESTS} sequential requests over ${samplePages.length} page types): p50 ${uncached.p50.toFixed(1)} ms, p95 ${uncached.p95.toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop();
  await database.stop();
  await rm(work, { recursive: true, force: true });
}
process.exit(exitCode);
