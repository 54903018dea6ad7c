/**
 * `npm run bench:national` — every commune of the country (about 3,300 since the 2025
 * reorganisation) on one deployment, simulated on this machine. Printed, not asserted.
 *
 * On its own embedded PostgreSQL cluster (.data/bench-national-postgres, port 5497):
 *   1. provisions BENCH_COMMUNES communes in 34 provinces through the real command line
 *      (`npm run commune -- import`: commune, categories, introduction pages, settings, five
 *      board accounts each) and prints how long it took (target < 10 minutes);
 *   2. gives each a little content (two published news items, with SQL like bench:tenancy) and
 *      rebuilds the search index through the real reindex script;
 *   3. starts one Strapi and one built site, and measures
 *      - the version poll: the CPU the site process spends per second doing nothing but polling,
 *        with no change and with one commune changing every second (target < 5 ms/s), and
 *        Strapi's CPU per second for that one poller;
 *      - the site process's memory once every commune's host is resolved (target < 300 MB), and
 *        after the home pages of BENCH_HOME_PAGES communes (1,000) are rendered and cached;
 *      - the busiest admin lists for province IT (every commune's news, the communes, the users)
 *        and a search, each as p50/p95 of repeated requests;
 *   4. prints what is slowest against its target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir, frontendDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { buildCms, buildFrontend, buildPlugins } from '../../scripts/lib/build.ts';
import { startService, waitForHttp, type Service } from '../../scripts/lib/processes.ts';
import { runCmsScript } from '../../scripts/lib/cms-scripts.ts';
import { runRotation } from '../../scripts/lib/public-token.ts';
import { node, tools } from '../../scripts/lib/tools.ts';
import { adminLogin } from '../support/admin-login.ts';
import { SUPER_ADMIN, prepareStrapi } from '../support/strapi.ts';
import { siteEnv } from '../support/site.ts';
import { treeCpuMs, treeRssMb } from './proc.ts';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 3300);
const CMS_PORT = 1397;
const SITE_PORT = 3097;
const CONCURRENCY = 8;
/** Home pages rendered after every host is resolved: enough to fill the page cache's bound. */
const HOME_PAGES = Number(process.env.BENCH_HOME_PAGES ?? 1000);
const BROWSER = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
// No keep-alive: a socket the site closed while idle (its 5 s keep-alive) would fail the next request.
const agent = new Agent({ keepAlive: false, maxSockets: CONCURRENCY });
/** The 34 provinces and centrally-run cities since 1 July 2025. */
const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];

const slugOf = (index: number): string => `thu-nghiem-${index}`;
const hostOf = (index: number): string => `tn${index}.bench.gov.vn`;

function communeList(): string {
  const rows = ['name,code,province,domain,aliases,short_name,slug,admin_email,head_email,deputy_email,member_email,contributor_email'];
  for (let index = 1; index <= COMMUNES; index += 1) {
    const province = PROVINCES[index % PROVINCES.length] ?? 'Lạng Sơn';
    rows.push(`Xã Thử Nghiệm ${index},${String(10000 + index)},${province},${hostOf(index)},,Thử Nghiệm ${index},${slugOf(index)},,,,,`);
  }
  return `${rows.join('\n')}\n`;
}

async function sql<Row extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Two published news items per provisioned commune: a draft row and a published row each, as Strapi keeps them. */
async function addContent(url: string): Promise<void> {
  await sql(
    url,
    `INSERT INTO articles (document_id, title, slug, summary, kind, featured, created_at, updated_at, published_at, commune_key)
     SELECT 'na' || lpad(c.id::text, 8, '0') || lpad(n::text, 14, '0'),
            CASE n WHEN 1 THEN 'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2027 của '
                   ELSE 'Thông báo lịch tiếp công dân định kỳ tháng 12 của ' END || c.name,
            'tin-' || n, 'Tin hoạt động của ' || c.name, 'tin', false,
            now() - (n || ' hours')::interval, now() - (n || ' hours')::interval,
            CASE WHEN p THEN now() - (n || ' hours')::interval ELSE NULL END, c.id
     FROM communes c, generate_series(1, 2) AS n, (VALUES (false), (true)) AS v(p)
     WHERE c.slug LIKE 'thu-nghiem-%';

     INSERT INTO articles_commune_lnk (article_id, commune_id)
     SELECT a.id, substring(a.document_id FROM 3 FOR 8)::int FROM articles a WHERE a.document_id LIKE 'na%';
     ANALYZE;`,
  );
}

/** Sends `send(i)` for i = 1…count at CONCURRENCY; the wall time and how many answers were not 200. */
async function everyCommune(count: number, send: (index: number) => Promise<number>): Promise<{ seconds: number; failures: number }> {
  const begin = performance.now();
  let next = 1;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next <= count) {
        const status = await send(next++);
        if (status !== 200) failures += 1;
      }
    }),
  );
  return { seconds: (performance.now() - begin) / 1000, failures };
}

/** A GET to the site with a commune's Host header (fetch may not set Host); resolves to the status. */
function siteGet(host: string, pathAndQuery: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: SITE_PORT, path: pathAndQuery, agent, headers: { host, accept: 'text/html', 'user-agent': BROWSER } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface Latency {
  p50: number;
  p95: number;
}

/** p50/p95 in ms of `count` sequential requests (a single user's wait, not throughput). */
async function latency(count: number, send: (index: number) => Promise<number>): Promise<Latency> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const begin = performance.now();
    const status = await send(index);
    if (status !== 200) throw new Error(`HTTP ${status} for request ${index}`);
    samples.push(performance.now() - begin);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** CPU ms per second a process and its children spend over `seconds` while `during` runs. */
async function cpuPerSecond(processId: number, seconds: number, during?: (signal: AbortSignal) => Promise<void>): Promise<number> {
  const controller = new AbortController();
  const before = treeCpuMs(processId);
  const begin = performance.now();
  const background = during?.(controller.signal);
  await sleep(seconds * 1000);
  controller.abort();
  await background;
  const elapsed = (performance.now() - begin) / 1000;
  return (treeCpuMs(processId) - before) / elapsed;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const pid = (service: Service): number => {
  if (service.child.pid === undefined) throw new Error(`${service.name} has no pid`);
  return service.child.pid;
};

const database = await startDatabaseServer({
  clusterDir: path.join(dataDir, 'bench-national-postgres'),
  port: Number(process.env.BENCH_PG_PORT ?? 5497),
});
const services: Service[] = [];
const workDir = await mkdtemp(path.join(tmpdir(), 'bench-national-'));
const results: string[] = [];
const report = (line: string): void => {
  results.push(line);
  console.log(`» ${line}`);
};
let exitCode = 0;
try {
  await buildPlugins();
  await buildCms();
  await buildFrontend();
  const url = withDatabase(database.urlFor('postgres'), 'bench_national');
  await dropDatabase(url);
  await prepareDatabase(url);
  const setup = await prepareStrapi(url);
  const env: NodeJS.ProcessEnv = {
    ...setup.env,
    PORT: String(CMS_PORT),
    COMMUNE_CREDENTIALS_DIR: path.join(workDir, 'credentials'),
    STRAPI_LOG_LEVEL: 'error',
  };

  const listFile = path.join(workDir, 'communes.csv');
  await mkdir(workDir, { recursive: true });
  await writeFile(listFile, communeList());
  console.log(`Provisioning ${COMMUNES} communes…`);
  let started = performance.now();
  const provisioned = await runCmsScript<Record<string, unknown>>('provision', ['import', listFile], env, 'PROVISION_RESULT');
  const provisionSeconds = (performance.now() - started) / 1000;
  report(`provisioning ${COMMUNES} communes: ${provisionSeconds.toFixed(0)} s (target < 600 s) — ${JSON.stringify(provisioned)}`);

  started = performance.now();
  await addContent(url);
  await runCmsScript('reindex', [], env, 'REINDEX_RESULT');
  report(`content (2 news items per commune) and search reindex: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const counts = await sql<{ users: string; communes: string; articles: string }>(
    url,
    'SELECT (SELECT count(*) FROM admin_users) AS users, (SELECT count(*) FROM communes) AS communes, (SELECT count(*) FROM articles) AS articles',
  );
  report(`rows: ${counts[0]?.communes} communes, ${counts[0]?.users} admin accounts, ${counts[0]?.articles} article rows`);

  // The site's token, as on a production database the demo seed never ran on.
  const rotation = await runRotation(env, [], ['ignore', 'pipe', 'inherit']);
  if (rotation.code !== 0) throw new Error(`token rotation failed:\n${rotation.stdout}`);
  const siteToken = (await readFile(String(env.PUBLIC_SITE_TOKEN_FILE), 'utf8')).trim();

  // BENCH_STRAPI_NODE_OPTIONS / BENCH_SITE_NODE_OPTIONS, e.g. a heap limit, to tell a lazy
  // garbage collector from memory that is really kept.
  const strapi = startService('strapi', node, [tools.strapi, 'start'], {
    cwd: cmsDir,
    env: { ...env, NODE_OPTIONS: process.env.BENCH_STRAPI_NODE_OPTIONS ?? '' },
  });
  services.push(strapi);
  await waitForHttp(`http://127.0.0.1:${CMS_PORT}/_health`, { timeoutMs: 300000, service: strapi, accept: (status) => status === 204 });
  const cms = `http://127.0.0.1:${CMS_PORT}`;

  const visitSecret = randomBytes(32).toString('hex');
  const site = startService('site', node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], {
    cwd: frontendDir,
    env: {
      ...siteEnv({ strapiUrl: cms, token: siteToken, scheme: 'https' }, SITE_PORT, visitSecret),
      NODE_OPTIONS: process.env.BENCH_SITE_NODE_OPTIONS ?? '',
    },
  });
  services.push(site);
  await waitForHttp(`http://127.0.0.1:${SITE_PORT}/robots.txt`, { timeoutMs: 120000, service: site, accept: () => true });
  await sleep(3000);

  const versions = await fetch(`${cms}/api/site-cache/versions`, { headers: { authorization: `Bearer ${siteToken}` } });
  report(`version poll answer: ${(await versions.text()).length} bytes for ${COMMUNES} communes`);
  const idle = await cpuPerSecond(pid(site), 20);
  const strapiIdle = await cpuPerSecond(pid(strapi), 20);
  // One commune's content changes every second: the poll gets the whole map again each time.
  const touch = async (signal: AbortSignal): Promise<void> => {
    for (let index = 1; !signal.aborted; index += 1) {
      await sql(url, `UPDATE articles SET title = title WHERE document_id = 'na${String(index).padStart(8, '0')}${'1'.padStart(14, '0')}'`);
      await sleep(1000);
    }
  };
  const busy = await cpuPerSecond(pid(site), 20, touch);
  report(
    `version poll, site process: ${ms(idle)} CPU per second unchanged, ${ms(busy)} with a change every second (target < 5 ms); Strapi for this poller: ${ms(strapiIdle)} per second`,
  );

  const rssBefore = treeRssMb(pid(site));
  const resolveAll = await everyCommune(COMMUNES, (index) => siteGet(hostOf(index), '/api/site'));
  report(
    `every host resolved (GET /api/site on ${COMMUNES} hosts): ${resolveAll.seconds.toFixed(0)} s, ${resolveAll.failures} failed; site memory ${rssBefore.toFixed(0)} MB → ${treeRssMb(pid(site)).toFixed(0)} MB (target < 300 MB)`,
  );
  const pages = Math.min(COMMUNES, HOME_PAGES);
  const homes = await everyCommune(pages, (index) => siteGet(hostOf(index), '/'));
  await sleep(2000);
  report(
    `home pages of ${pages} communes rendered: ${homes.seconds.toFixed(0)} s (${(pages / homes.seconds).toFixed(1)}/s), ${homes.failures} failed; ` +
      `site memory ${treeRssMb(pid(site)).toFixed(0)} MB, Strapi ${treeRssMb(pid(strapi)).toFixed(0)} MB`,
  );

  const token = await adminLogin(cms, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const admin = { authorization: `Bearer ${token}` };
  const lists: Array<[string, string]> = [
    [
      'every commune’s news (content manager, province IT)',
      '/content-manager/collection-types/api::article.article?page=1&pageSize=10&sort=updatedAt:DESC',
    ],
    ['the communes, first page of 50 (Cài đặt → Xã, phường)', '/commune-tenancy/communes-admin'],
    ['the communes, searched by a name', `/commune-tenancy/communes-admin?q=${encodeURIComponent('thu nghiem 12')}`],
    ['the admin users', '/admin/users?page=1&pageSize=10&sort=firstname:ASC'],
    ['the editorial board’s queues', '/editorial-board/queues'],
    ['the board’s report (every commune, this year)', '/editorial-board/reports'],
  ];
  for (const [label, route] of lists) {
    const response = await fetch(`${cms}${route}`, { headers: admin });
    if (response.status !== 200) {
      report(`${label}: HTTP ${response.status} (${(await response.text()).slice(0, 200)})`);
      continue;
    }
    const size = (await response.text()).length;
    const timing = await latency(10, async () => {
      const answer = await fetch(`${cms}${route}`, { headers: admin });
      await answer.arrayBuffer();
      return answer.status;
    });
    report(`${label}: p50 ${ms(timing.p50)}, p95 ${ms(timing.p95)} (${size} bytes)`);
  }
  const words = ['hội nghị', 'tiếp công dân', 'kinh tế', 'thông báo lịch', 'nhiệm vụ'];
  const search = await latency(20, (index) =>
    siteGet(hostOf(((index * 97) % COMMUNES) + 1), `/tim-kiem?q=${encodeURIComponent(`${words[index % words.length]} ${index}`)}`),
  );
  report(`a search on the site (new query each time): p50 ${ms(search.p50)}, p95 ${ms(search.p95)}`);

  console.log(
    `\nNational scale — ${COMMUNES} communes on one machine (${(await import('node:os')).cpus().length} cores)\n${results.join('\n')}`,
  );
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop();
  await rm(workDir, { recursive: true, force: true });
  await database.stop();
}
process.exit(exitCode);
