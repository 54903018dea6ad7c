/**
 * `npm run bench:tenancy` — the tenancy guard's overhead, printed, not asserted.
 *
 * 55 communes × 2,000 articles (each a draft and a published row) are generated with SQL. The
 * same Strapi build then runs twice, side by side on that database: one process with the guard,
 * one with the guard off (the benchmark-only switch). Two request shapes, at 10 concurrent
 * requests:
 *   - content API list: the public site's request for a commune's latest 10 articles, exactly as
 *     the Nuxt BFF sends it (its own `filters[commune][slug]` filter and the `x-commune` header);
 *   - admin list view: a board head's content-manager list of their commune's articles.
 * Both processes get the same requests and return the same rows (the site names its commune,
 * the head's role condition limits the list), so the difference is the guard's own cost.
 * A third line compares what isolation costs a site that relies on the guard: the guarded
 * process gets the content API request with the `x-commune` header only (the guard narrows),
 * the unguarded one the same request with the slug filter it would need instead. The
 * measurements are interleaved in rounds, alternating which process goes first, so that other
 * load on the machine weighs on both alike.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { buildCms, buildPlugins } from '../../scripts/lib/build.ts';
import { startService, waitForHttp } from '../../scripts/lib/processes.ts';
import { baseEnv, node, tools } from '../../scripts/lib/tools.ts';
import { adminLogin } from '../support/admin-login.ts';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 55);
const ARTICLES_PER_COMMUNE = Number(process.env.BENCH_ARTICLES ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONCURRENCY = 10;
const PORTS = { on: 1390, off: 1391 } as const;
const PORT = PORTS.on;
const ADMIN = { email: 'bench@tinh.gov.vn', password: 'Bench-Tinh-2026' };
const HEAD = { email: 'truongban@bench.vn', password: 'Bench-Head-2026' };

const secret = (): string => randomBytes(24).toString('base64');
const secrets = {
  APP_KEYS: `${secret()},${secret()}`,
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
};

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Communes and articles straight into Strapi's tables (created by a first boot). */
async function generate(url: string): Promise<void> {
  await sql(
    url,
    `INSERT INTO communes (document_id, name, short_name, slug, code, province, primary_domain, site_status, theme_color, created_at, updated_at, published_at)
     SELECT 'bc' || lpad(i::text, 22, '0'), 'Xã Thử Nghiệm ' || i, 'Thử Nghiệm ' || i, 'thu-nghiem-' || i, lpad((90000 + i)::text, 5, '0'),
            'Lạng Sơn', 'thunghiem' || i || '.bench.vn', 'active', '#a51d24', now(), now(), now()
     FROM generate_series(1, ${COMMUNES}) AS i;

     INSERT INTO articles (document_id, title, slug, summary, kind, featured, created_at, updated_at, published_at, commune_key)
     SELECT 'ba' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'),
            'Tin hoạt động số ' || n || ' của ' || c.name, 'tin-' || n, 'Tóm tắt tin số ' || n,
            CASE WHEN n % 5 = 0 THEN 'bai' ELSE 'tin' END, n % 50 = 0,
            now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval,
            CASE WHEN p THEN now() - (n || ' minutes')::interval ELSE NULL END,
            c.id -- the commune key the tenancy guard reads; the link below is the relation
     FROM communes c, generate_series(1, ${ARTICLES_PER_COMMUNE}) AS n, (VALUES (false), (true)) AS v(p)
     WHERE c.slug LIKE 'thu-nghiem-%';

     INSERT INTO articles_commune_lnk (article_id, commune_id)
     SELECT a.id, substring(a.document_id FROM 3 FOR 6)::int FROM articles a WHERE a.document_id LIKE 'ba%';
     ANALYZE;`,
  );
}

interface Stats {
  p50: number;
  p95: number;
  perSecond: number;
}

/** Latencies (ms) of `count` requests at CONCURRENCY, and the wall time they took. */
async function measure(
  label: string,
  count: number,
  makeRequest: (index: number) => Promise<Response>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const index = next++;
        const begin = performance.now();
        const response = await makeRequest(index);
        const body = await response.text();
        latencies.push(performance.now() - begin);
        if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status} ${body.slice(0, 300)}`);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function stats(samples: Array<{ latencies: number[]; seconds: number }>): Stats {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), perSecond: latencies.length / seconds };
}

async function json<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Guard = keyof typeof PORTS;

interface Instance {
  guard: Guard;
  base: string;
  stop(): Promise<void>;
}

async function boot(databaseUrl: string, guard: Guard): Promise<Instance> {
  const env = baseEnv({
    ...secrets,
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(PORTS[guard]),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    STRAPI_LOG_LEVEL: 'error',
    STRAPI_STARTUP_BANNER: 'false',
    DATABASE_POOL_MAX: '10',
    ...(guard === 'on' ? {} : { COMMUNE_TENANCY_OFF_FOR_BENCHMARK: 'yes' }),
  });
  const service = startService(`strapi (guard ${guard})`, node, [tools.strapi, 'start'], { cwd: cmsDir, env });
  const base = `http://127.0.0.1:${PORTS[guard]}`;
  try {
    await waitForHttp(`${base}/_health`, { timeoutMs: 180000, service, accept: (status) => status === 204 });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { guard, base, stop: () => service.stop() };
}

const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
/** Signs in with the second step (enrolling on first sign-in), as the admin panel does. */
const login = (base: string, user: { email: string; password: string }): Promise<string> => adminLogin(base, user.email, user.password);

/** The read-only API token and the board head of the first commune, created once through one instance. */
async function setUp(base: string): Promise<string> {
  const adminToken = await login(base, ADMIN);
  const token = (
    await json<{ data: { accessKey: string } }>(`${base}/admin/api-tokens`, {
      method: 'POST',
      headers: auth(adminToken),
      body: JSON.stringify({
        name: 'bench',
        type: 'custom',
        lifespan: null,
        permissions: ['api::article.article.find', 'api::article.article.findOne', 'plugin::commune-tenancy.commune.find'],
      }),
    })
  ).data.accessKey;
  const roles = await json<{ data: Array<{ id: number; code: string }> }>(`${base}/admin/roles`, { headers: auth(adminToken) });
  const headRole = roles.data.find((role) => role.code === 'commune-board-head');
  const user = await json<{ data: { id: number; registrationToken: string } }>(`${base}/admin/users`, {
    method: 'POST',
    headers: auth(adminToken),
    body: JSON.stringify({ email: HEAD.email, firstname: 'Trưởng', lastname: 'Ban', roles: [headRole?.id] }),
  });
  await json(`${base}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      registrationToken: user.data.registrationToken,
      userInfo: { firstname: 'Trưởng', lastname: 'Ban', password: HEAD.password },
    }),
  });
  await json(`${base}/commune-tenancy/memberships`, {
    method: 'POST',
    headers: auth(adminToken),
    body: JSON.stringify({ adminUserId: user.data.id, commune: `bc${'1'.padStart(22, '0')}`, boardRole: 'head' }),
  });
  return token;
}

type Shape = 'content' | 'headerOnly' | 'admin';
const SHAPES: Shape[] = ['content', 'headerOnly', 'admin'];

/** The two request shapes against one instance; the same requests whatever the guard. */
function requestsFor(guard: Guard, base: string, token: string, headToken: string): Record<Shape, (index: number) => Promise<Response>> {
  const contentList = (index: number, withFilter: boolean): Promise<Response> => {
    const slug = `thu-nghiem-${(index % COMMUNES) + 1}`;
    const filter = withFilter ? `filters[commune][slug][$eq]=${slug}&` : '';
    return fetch(`${base}/api/articles?${filter}sort=publishedAt:desc&pagination[pageSize]=10`, {
      headers: { authorization: `Bearer ${token}`, 'x-commune': slug },
    });
  };
  return {
    content: (index) => contentList(index, true),
    // Without the guard, the filter is the only way to the commune's rows.
    headerOnly: (index) => contentList(index, guard === 'off'),
    admin: () =>
      fetch(`${base}/content-manager/collection-types/api::article.article?page=1&pageSize=10&sort=updatedAt:DESC`, {
        headers: auth(headToken),
      }),
  };
}

/** Both instances, every shape, in ROUNDS interleaved rounds; odd rounds start with the other instance. */
async function compare(instances: Record<Guard, Instance>, token: string): Promise<Record<Guard, Record<Shape, Stats>>> {
  const requests = {} as Record<Guard, Record<Shape, (index: number) => Promise<Response>>>;
  for (const guard of ['on', 'off'] as const) {
    const base = instances[guard].base;
    requests[guard] = requestsFor(guard, base, token, await login(base, HEAD));
    for (const shape of SHAPES) await measure(`warm-up ${guard} ${shape}`, 30, requests[guard][shape]);
  }
  const samples: Record<Guard, Record<Shape, Array<{ latencies: number[]; seconds: number }>>> = {
    on: { content: [], headerOnly: [], admin: [] },
    off: { content: [], headerOnly: [], admin: [] },
  };
  const perRound = Math.ceil(REQUESTS / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Guard[] = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const shape of SHAPES) {
      for (const guard of order) samples[guard][shape].push(await measure(`${shape} (guard ${guard})`, perRound, requests[guard][shape]));
    }
  }
  const result = {} as Record<Guard, Record<Shape, Stats>>;
  for (const guard of ['on', 'off'] as const) {
    result[guard] = {
      content: stats(samples[guard].content),
      headerOnly: stats(samples[guard].headerOnly),
      admin: stats(samples[guard].admin),
    };
  }
  return result;
}

async function createSchema(databaseUrl: string): Promise<void> {
  const env = baseEnv({
    ...secrets,
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    STRAPI_LOG_LEVEL: 'error',
  });
  const strapi = startService('strapi (schema)', node, [tools.strapi, 'start'], { cwd: cmsDir, env });
  try {
    await waitForHttp(`http://127.0.0.1:${PORT}/_health`, { timeoutMs: 180000, service: strapi, accept: (status) => status === 204 });
  } finally {
    await strapi.stop();
  }
}

const fmt = (value: number): string => value.toFixed(1).padStart(8);
const overhead = (on: number, off: number): string => `${(((on - off) / off) * 100).toFixed(1)} %`.padStart(9);

const database = await startDatabaseServer({
  clusterDir: path.join(dataDir, 'bench-postgres'),
  port: Number(process.env.BENCH_PG_PORT ?? 5495),
});
let exitCode = 0;
try {
  await buildPlugins();
  await buildCms();
  const url = withDatabase(database.urlFor('postgres'), 'bench_tenancy');
  await dropDatabase(url);
  await prepareDatabase(url);
  console.log(`Generating ${COMMUNES} communes × ${ARTICLES_PER_COMMUNE} articles…`);
  // A first boot creates Strapi's tables; then the rows go in.
  await createSchema(url);
  const started = Date.now();
  await generate(url);
  console.log(
    `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s. Measuring ${REQUESTS} requests per shape at concurrency ${CONCURRENCY}…`,
  );
  const instances = {} as Record<Guard, Instance>;
  try {
    // One after the other: two Strapi boots at once on two cores only slow each other down.
    instances.on = await boot(url, 'on');
    const token = await setUp(instances.on.base);
    instances.off = await boot(url, 'off');
    const { on, off } = await compare(instances, token);
    const lines = [
      '',
      `Tenancy guard overhead — ${COMMUNES} communes × ${ARTICLES_PER_COMMUNE} articles, ${REQUESTS} requests per shape and guard in ${ROUNDS} interleaved rounds, concurrency ${CONCURRENCY}`,
      'shape                 guard   p50 ms   p95 ms    req/s',
      `content API list      on    ${fmt(on.content.p50)} ${fmt(on.content.p95)} ${fmt(on.content.perSecond)}`,
      `content API list      off   ${fmt(off.content.p50)} ${fmt(off.content.p95)} ${fmt(off.content.perSecond)}`,
      `content API, header  on    ${fmt(on.headerOnly.p50)} ${fmt(on.headerOnly.p95)} ${fmt(on.headerOnly.perSecond)}   (x-commune only; the guard filters)`,
      `content API, filter  off   ${fmt(off.headerOnly.p50)} ${fmt(off.headerOnly.p95)} ${fmt(off.headerOnly.perSecond)}   (slug filter instead)`,
      `admin list view       on    ${fmt(on.admin.p50)} ${fmt(on.admin.p95)} ${fmt(on.admin.perSecond)}`,
      `admin list view       off   ${fmt(off.admin.p50)} ${fmt(off.admin.p95)} ${fmt(off.admin.perSecond)}`,
      '',
      `overhead  content API: p50 ${overhead(on.content.p50, off.content.p50)}, p95 ${overhead(on.content.p95, off.content.p95)}   (the same request, as the BFF sends it)`,
      `overhead  header only: p50 ${overhead(on.headerOnly.p50, off.headerOnly.p50)}, p95 ${overhead(on.headerOnly.p95, off.headerOnly.p95)}   (guard instead of the filter)`,
      `overhead  admin list:  p50 ${overhead(on.admin.p50, off.admin.p50)}, p95 ${overhead(on.admin.p95, off.admin.p95)}   (target ≤ 10 %)`,
    ];
    console.log(lines.join('\n'));
  } finally {
    for (const instance of Object.values(instances)) await instance.stop();
  }
  await dropDatabase(url);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
