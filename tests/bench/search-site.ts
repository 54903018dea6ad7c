/**
 * `npm run bench:search-site` — search through the whole stack (site → Strapi → PostgreSQL) when
 * the cache misses, printed, not asserted (issue 18, item 5).
 *
 * On the demo seed, with the built site and Strapi as in production (tests/bench/stack.ts), a
 * browser's user agent, 20 connections, each for BENCH_DURATION_S seconds:
 * 1. the cached search page (one query, repeated): the page cache answers;
 * 2. the search page with a distinct query on every request: the page cache and the site's
 *    search cache miss, the engine runs;
 * 3. the site's search API (`/api/search`, what the page fetches), a distinct query on every
 *    request, with two kinds of queries:
 *    - words from the commune's own titles, two to four in a row, without accents half the time
 *      (what a citizen types after reading a notice): most find their item at once;
 *    - two unrelated topics ("khai sinh le hoi"): most find little, so every query also runs the
 *      checks for a typo that is a word and the partial match — the engine's most costly path.
 * For each: searches/s, p50/p95, and CPU per search of the site, of Strapi and of PostgreSQL (its
 * postmaster and backends), from /proc before and after.
 *
 * Target: the search API with a distinct query ≥ 4× the figure before issue 18 (80–95/s on the
 * 2-core machines, ~20 ms CPU per search; 87/s the figure taken): ≥ 348/s.
 */
import autocannon from 'autocannon';
import os from 'node:os';
import pg from 'pg';
import { cpuMs, treeCpuMs } from './proc.ts';
import { benchPorts, CPU_PROFILE_DIR, runOnBenchStack } from './stack.ts';

const HOST = 'khanhkhe.langson.gov.vn';
const CONNECTIONS = 20;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const BROWSER = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const BEFORE_PER_SECOND = 87;
const TARGET_PER_SECOND = 4 * BEFORE_PER_SECOND;

/**
 * Topics citizens search for (without accents, as most do), paired in every order and numbered
 * past the pairs: tens of thousands of distinct queries, most of which find little.
 */
const WORDS = [
  'thu tuc',
  'khai sinh',
  'ket hon',
  'chung thuc',
  'dat dai',
  'xay dung',
  'giay phep',
  'ho ngheo',
  'bao hiem',
  'y te',
  'giao duc',
  'truong hoc',
  'nong thon moi',
  'lich tiep',
  'cong dan',
  'quyet dinh',
  'ke hoach',
  'thong bao',
  'bao cao',
  'ngan sach',
  'du toan',
  'quyet toan',
  'dau tu',
  'duong giao thong',
  'thuy loi',
  'phong chong',
  'thien tai',
  'bao lu',
  'dich benh',
  'tiem chung',
  'an ninh',
  'quoc phong',
  'tuyen quan',
  'van hoa',
  'le hoi',
  'du lich',
  'nong nghiep',
  'chan nuoi',
  'trong trot',
  'rung',
  'moi truong',
  'rac thai',
  'nuoc sach',
  'dien',
  'chinh sach',
  'nguoi co cong',
  'tro cap',
  'hoc bong',
  'viec lam',
  'dao tao nghe',
  'uy ban',
  'dang uy',
  'hoi dong',
  'mat tran',
  'doan thanh nien',
  'hoi phu nu',
  'cuu chien binh',
  'nong dan',
  'chu tich',
  'pho chu tich',
];

function* topicPairs(): Generator<string> {
  for (let round = 0; ; round += 1) {
    for (const first of WORDS)
      for (const second of WORDS) if (first !== second) yield round === 0 ? `${first} ${second}` : `${first} ${second} ${round}`;
  }
}

const unaccented = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');

/**
 * Two to four words in a row from the commune's titles, as typed: every other one without accents
 * (and, for a second round, the other way round); each once.
 */
async function titleQueries(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query<{ title: string }>(
        "SELECT e.title FROM portal_search_entries e JOIN communes c ON c.id = e.commune_id WHERE c.slug = 'khanh-khe' ORDER BY e.id",
      )
    ).rows;
    const windows = new Set<string>();
    for (const length of [2, 3, 4]) {
      for (const { title } of rows) {
        const words = title
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        for (let start = 0; start + length <= words.length; start += 1) windows.add(words.slice(start, start + length).join(' '));
      }
    }
    const queries = new Set<string>();
    for (const round of [0, 1]) [...windows].forEach((query, index) => queries.add(index % 2 === round ? unaccented(query) : query));
    return [...queries];
  } finally {
    await client.end();
  }
}

interface Figures {
  perSecond: number;
  p50: number;
  p95: number;
  non2xx: number;
  requests: number;
  cpu: { site: number; strapi: number; postgres: number };
}

interface Pids {
  site: number;
  strapi: number;
  postgres: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** autocannon at CONNECTIONS for DURATION_S on paths from `nextPath` (one per request). */
async function measure(port: number, nextPath: () => string, pids: Pids): Promise<Figures> {
  const before = { site: cpuMs(pids.site), strapi: cpuMs(pids.strapi), postgres: treeCpuMs(pids.postgres) };
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { host: HOST, accept: 'text/html,application/json', 'user-agent': BROWSER },
        requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, answer) => (error ? reject(error) : resolve(answer)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const total = result.requests.total;
  const per = (now: number, then: number): number => (now - then) / total;
  times.sort((a, b) => a - b);
  return {
    perSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    non2xx: result.errors + result.non2xx,
    requests: total,
    cpu: {
      site: per(cpuMs(pids.site), before.site),
      strapi: per(cpuMs(pids.strapi), before.strapi),
      postgres: per(treeCpuMs(pids.postgres), before.postgres),
    },
  };
}

function line(label: string, figures: Figures): string {
  const { site, strapi, postgres } = figures.cpu;
  const cpu = `CPU/search ${(site + strapi + postgres).toFixed(2)} ms (site ${site.toFixed(2)}, Strapi ${strapi.toFixed(2)}, PostgreSQL ${postgres.toFixed(2)})`;
  return `${label.padEnd(34)} ${figures.perSecond.toFixed(0).padStart(6)}/s  p50 ${figures.p50.toFixed(0).padStart(4)} ms  p95 ${figures.p95.toFixed(0).padStart(4)} ms  ${cpu}  non-2xx ${figures.non2xx}/${figures.requests}`;
}

await runOnBenchStack(
  { name: 'bench-search-site', ...benchPorts({ pgPort: 5493, cmsPort: 1385, sitePort: 3085, visitLogPort: 3086 }) },
  async (stack) => {
    const pids: Pids = { site: stack.site.child.pid ?? 0, strapi: stack.strapi.child.pid ?? 0, postgres: await stack.postgresPid() };
    const pairs = topicPairs();
    const titles = await titleQueries(stack.databaseUrl);
    let titleIndex = 0;
    const encode = (query: string): string => encodeURIComponent(query).replace(/%20/g, '+');
    const nextPair = (): string => encode(pairs.next().value ?? '');
    const nextTitle = (): string => {
      const index = titleIndex++;
      if (index === titles.length) console.log('(Every title query was asked once: the rest repeat, and may be answered from a cache.)');
      return encode(titles[index % titles.length] ?? '');
    };

    // Profiled (BENCH_CPU_PROF): the search API only, so that the profiles are the API's.
    if (CPU_PROFILE_DIR) {
      await measure(stack.sitePort, () => `/api/search?q=${nextPair()}`, pids);
      const titleApi = await measure(stack.sitePort, () => `/api/search?q=${nextTitle()}`, pids);
      const pairApi = await measure(stack.sitePort, () => `/api/search?q=${nextPair()}`, pids);
      console.log(
        `\nProfiled (${CPU_PROFILE_DIR}), load ${os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(' ')}:`,
      );
      console.log(line('search API, title words', titleApi));
      console.log(line('search API, two unrelated topics', pairApi));
      return titleApi.non2xx + pairApi.non2xx === 0;
    }
    // Warm every path once (JIT, connection pools, the engine's statements), then measure.
    await measure(stack.sitePort, () => `/tim-kiem?q=${nextPair()}`, pids);
    const cachedPage = await measure(stack.sitePort, () => '/tim-kiem?q=thu+tuc+hanh+chinh', pids);
    const distinctPage = await measure(stack.sitePort, () => `/tim-kiem?q=${nextTitle()}`, pids);
    const titleApi = await measure(stack.sitePort, () => `/api/search?q=${nextTitle()}`, pids);
    const pairApi = await measure(stack.sitePort, () => `/api/search?q=${nextPair()}`, pids);

    const load = os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(
      `\nSearch through the site (${HOST}, ${CONNECTIONS} connections, ${DURATION_S} s each, ${os.cpus().length} cores, load ${load}):`,
    );
    console.log(`(${titles.length} distinct queries from the commune's titles, ${titleIndex} asked.)`);
    console.log(line('cached search page', cachedPage));
    console.log(line('search page, title words', distinctPage));
    console.log(line('search API, title words', titleApi));
    console.log(line('search API, two unrelated topics', pairApi));
    for (const [label, figures] of [
      ['title words', titleApi],
      ['two unrelated topics', pairApi],
    ] as const) {
      const verdict = figures.perSecond >= TARGET_PER_SECOND ? 'PASS' : 'MISS';
      console.log(
        `Search API, ${label}: ${figures.perSecond.toFixed(0)}/s, ${(figures.perSecond / BEFORE_PER_SECOND).toFixed(1)}× the ${BEFORE_PER_SECOND}/s before issue 18 (target ≥ ${TARGET_PER_SECOND}/s): ${verdict}`,
      );
    }
    console.log(`Cached search page vs the page with a new query each: ${(cachedPage.perSecond / distinctPage.perSecond).toFixed(1)}×`);
    if (distinctPage.non2xx + titleApi.non2xx + pairApi.non2xx + cachedPage.non2xx > 0) {
      console.log('Some answers were not 2xx: the figures above are not valid.');
      return false;
    }
    return true;
  },
);
