/**
 * `npm run bench:dashboard` — the province overview's time at 55 communes with a year of data,
 * printed, not asserted (target: under 1 second).
 *
 * On its own embedded PostgreSQL cluster (.data/bench-postgres): a first boot creates Strapi's
 * tables, then SQL writes BENCH_COMMUNES communes (55) and, for each, a realistic year: about
 * 300 news items and articles and 150 documents (each a draft and a published row), the other
 * required sections, the board's events for every item (submission, returns, first
 * publication: about 1,800 a commune), the queue, 365 days of visits and the daily scorecards.
 * Then one Strapi serves province IT's overview and a commune's dashboard BENCH_REQUESTS times
 * each, one request at a time (as people open a page), and the p50/p95 are printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { buildCms, buildPlugins } from '../../scripts/lib/build.ts';
import { startService, waitForHttp } from '../../scripts/lib/processes.ts';
import { node, tools } from '../../scripts/lib/tools.ts';
import { adminLogin } from '../support/admin-login.ts';
import { SUPER_ADMIN, testStrapiEnv } from '../support/strapi.ts';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 55);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const PORT = 1392;

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A year of one commune's publishing, for every commune, straight into the tables. */
const GENERATE = `
INSERT INTO communes (document_id, name, short_name, slug, code, province, primary_domain, site_status, theme_color, created_at, updated_at, published_at)
SELECT 'bc' || lpad(i::text, 22, '0'), 'Xã Thử Nghiệm ' || i, 'Thử Nghiệm ' || i, 'thu-nghiem-' || i, lpad((90000 + i)::text, 5, '0'),
       'Lạng Sơn', 'thunghiem' || i || '.bench.vn', CASE WHEN i % 20 = 0 THEN 'suspended' ELSE 'active' END, '#a51d24', now(), now(), now()
FROM generate_series(1, ${COMMUNES}) AS i;

-- News and articles: a draft and a published row each, published over the year.
INSERT INTO articles (document_id, title, slug, kind, featured, created_at, updated_at, published_at, commune_key)
SELECT 'ba' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Tin số ' || n, 'tin-' || n, CASE WHEN n % 5 = 0 THEN 'bai' ELSE 'tin' END, false,
       now() - (n * 29 || ' hours')::interval, now() - (n * 29 || ' hours')::interval, CASE WHEN p THEN now() - (n * 29 || ' hours')::interval END, c.id
FROM communes c, generate_series(1, 300) AS n, (VALUES (false), (true)) AS v(p);

INSERT INTO documents (document_id, summary, number, symbol, number_symbol, document_type, issuing_body, issue_date, created_at, updated_at, published_at, commune_key)
SELECT 'bd' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Văn bản số ' || n, n::text, 'QĐ-UBND', n || '/QĐ-UBND',
       CASE WHEN n % 10 = 0 THEN 'Thông tư' ELSE 'Quyết định' END, 'UBND xã', (now() - (n * 58 + (n % 9) * 24 || ' hours')::interval)::date,
       now(), now(), CASE WHEN p THEN now() - (n * 58 || ' hours')::interval END, c.id
FROM communes c, generate_series(1, 150) AS n, (VALUES (false), (true)) AS v(p);

INSERT INTO procedures (document_id, name, created_at, updated_at, published_at, commune_key)
SELECT 'bp' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Thủ tục ' || n, now(), now(), now() - (n || ' days')::interval, c.id
FROM communes c, generate_series(1, 100) AS n;

INSERT INTO plans (document_id, title, created_at, updated_at, published_at, commune_key)
SELECT 'bk' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Kế hoạch ' || n, now(), now(), now() - (n * 30 || ' days')::interval, c.id
FROM communes c, generate_series(1, 12) AS n;

INSERT INTO work_schedules (document_id, title, week_start, created_at, updated_at, published_at, commune_key)
SELECT 'bw' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Lịch tuần ' || n, date_trunc('week', now())::date - n * 7, now(), now(), now() - (n * 7 || ' days')::interval, c.id
FROM communes c, generate_series(CASE WHEN c.id % 3 = 0 THEN 1 ELSE 0 END, 50) AS n;

INSERT INTO budget_reports (document_id, title, year, report_kind, disclosed_on, created_at, updated_at, published_at, commune_key)
SELECT 'bb' || lpad(c.id::text, 6, '0') || lpad(y::text, 16, '0'), 'Dự toán ' || y, y, 'Dự toán', make_date(y, 1, 15), now(), now(), now() - ((extract(year from now())::int - y) * 365 || ' days')::interval, c.id
FROM communes c, generate_series(extract(year from now())::int - 2, extract(year from now())::int - CASE WHEN c.id % 4 = 0 THEN 1 ELSE 0 END) AS y;

INSERT INTO officials (document_id, full_name, position, created_at, updated_at, commune_key)
SELECT 'bo' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Cán bộ ' || n, 'Chủ tịch', now(), now() - ((c.id % 9) * 30 || ' days')::interval, c.id
FROM communes c, generate_series(1, 6) AS n;

INSERT INTO contacts (document_id, unit_name, created_at, updated_at, commune_key)
SELECT 'bn' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Bộ phận ' || n, now(), now() - ((c.id % 7) * 40 || ' days')::interval, c.id
FROM communes c, generate_series(1, 8) AS n;

INSERT INTO pages (document_id, title, section, locale, created_at, updated_at, published_at, commune_key)
SELECT 'bg' || lpad(c.id::text, 6, '0') || lpad(s.i::text, 16, '0'), s.section, s.section, 'vi', now(), now(), now() - (s.i * 40 || ' days')::interval, c.id
FROM communes c, (VALUES (1, 'organisation'), (2, 'history')) AS s(i, section);

INSERT INTO statistics (document_id, title, published_on, created_at, updated_at, published_at, commune_key)
SELECT 'bs' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'Thống kê ' || n, now()::date, now(), now(), now() - (n * 90 || ' days')::interval, c.id
FROM communes c, generate_series(1, 4) AS n WHERE c.id % 5 <> 0;

-- The board's events: each news item and document submitted, a third returned once, then published.
INSERT INTO editorial_events (document_id, workflow_id, target_uid, target_document_id, locale, commune_id, action, version, kind, first_time, created_at, updated_at)
SELECT 'be' || md5(a.document_id || e.action), 1000000 + abs(hashtext(a.document_id)) % 100000000, 'api::article.article', a.document_id, '', a.commune_key, e.action, 1,
       CASE WHEN a.document_id LIKE 'bd%' THEN 'document' ELSE a.kind END, true, a.published_at - e.before, a.published_at - e.before
FROM (SELECT document_id, kind, commune_key, published_at FROM articles WHERE published_at IS NOT NULL
      UNION ALL SELECT document_id, 'document', commune_key, published_at FROM documents WHERE published_at IS NOT NULL) AS a,
     (VALUES ('submit', interval '2 days'), ('return', interval '1 day'), ('publish', interval '0')) AS e(action, before)
WHERE e.action <> 'return' OR right(a.document_id, 1) IN ('1', '4', '7');

INSERT INTO editorial_workflows (document_id, target_uid, target_document_id, locale, commune_id, title, kind, state, version, source_channel, created_at, updated_at)
SELECT 'bq' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), 'api::article.article', 'bq' || lpad(c.id::text, 6, '0') || lpad(n::text, 16, '0'), '', c.id,
       'Tin chờ duyệt ' || n, 'tin', (ARRAY['submitted', 'editing', 'in_review', 'published'])[1 + n % 4], 1, 'admin', now(), now()
FROM communes c, generate_series(1, 20) AS n;

INSERT INTO site_visits (commune_id, day, visits)
SELECT c.id, (now() - (d || ' days')::interval)::date, 50 + (c.id * 7 + d * 13) % 400 FROM communes c, generate_series(0, 364) AS d;

INSERT INTO compliance_snapshots (commune_id, day, score, ok, stale, empty)
SELECT c.id, (now() - (d || ' days')::interval)::date, 60 + (c.id + d) % 40, 10, 3, 1 FROM communes c, generate_series(1, 364) AS d;
ANALYZE;`;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function time(label: string, url: string, token: string): Promise<{ p50: number; p95: number; bytes: number }> {
  const latencies: number[] = [];
  let bytes = 0;
  for (let index = 0; index < REQUESTS + 3; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${label}: HTTP ${response.status} ${body.slice(0, 300)}`);
    // The first three warm Strapi's statement caches; they are not counted.
    if (index >= 3) latencies.push(performance.now() - started);
    bytes = body.length;
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), bytes };
}

const database = await startDatabaseServer({
  clusterDir: path.join(dataDir, 'bench-postgres'),
  port: Number(process.env.BENCH_PG_PORT ?? 5495),
});
let exitCode = 0;
try {
  await buildPlugins();
  await buildCms();
  const url = withDatabase(database.urlFor('postgres'), 'bench_dashboard');
  await dropDatabase(url);
  await prepareDatabase(url);
  const workDir = await mkdtemp(path.join(tmpdir(), 'bench-dashboard-'));
  const env = { ...(await testStrapiEnv(url, PORT, workDir)), STRAPI_LOG_LEVEL: 'error', DASHBOARD_SNAPSHOT_INTERVAL_MS: '0' };
  const base = `http://127.0.0.1:${PORT}`;
  // A first boot creates Strapi's tables; the rows go in while it runs (nothing caches them).
  const strapi = startService('strapi', node, [tools.strapi, 'start'], { cwd: cmsDir, env });
  try {
    await waitForHttp(`${base}/_health`, { timeoutMs: 180000, service: strapi, accept: (status) => status === 204 });
    console.log(`Generating ${COMMUNES} communes with a year of data…`);
    const started = Date.now();
    await sql(url, GENERATE);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const counts = await client.query<{ events: string; documents: string; articles: string; visits: string }>(
      'SELECT (SELECT count(*) FROM editorial_events) AS events, (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM site_visits) AS visits',
    );
    await client.end();
    const row = counts.rows[0];
    console.log(
      `Generated in ${((Date.now() - started) / 1000).toFixed(1)} s: ${row?.articles} article rows, ${row?.documents} document rows, ${row?.events} board events, ${row?.visits} days of visits.`,
    );
    const token = await adminLogin(base, SUPER_ADMIN.email, SUPER_ADMIN.password);
    const overview = await time('overview', `${base}/province-dashboard/overview`, token);
    const commune = await time('commune', `${base}/province-dashboard/commune?commune=bc${'1'.padStart(22, '0')}`, token);
    const exported = await time('export', `${base}/province-dashboard/overview/export`, token);
    const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;
    console.log(
      [
        '',
        `Province dashboard — ${COMMUNES} communes, a year of data, ${REQUESTS} requests each, one at a time`,
        `overview (every commune)   p50 ${ms(overview.p50)}   p95 ${ms(overview.p95)}   ${(overview.bytes / 1024).toFixed(0)} KB   (target < 1000 ms)`,
        `commune dashboard          p50 ${ms(commune.p50)}   p95 ${ms(commune.p95)}   ${(commune.bytes / 1024).toFixed(0)} KB`,
        `overview as .xlsx          p50 ${ms(exported.p50)}   p95 ${ms(exported.p95)}`,
        `overview p95 / 1 s target: ${(overview.p95 / 1000).toFixed(2)}`,
      ].join('\n'),
    );
  } finally {
    await strapi.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  await dropDatabase(url);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
