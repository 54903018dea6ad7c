/**
 * `npm run soak` — the production layout under a steady load: SOAK_MINUTES (10) at
 * SOAK_CONNECTIONS (200) through the production nginx (TLS, micro-cache, page-view log), over
 * every page type of the three demo communes, with several browsers' and a robot's user agents.
 * Prints the errors, requests/s, p50/p95, and the resident memory of every process (nginx, the
 * site, Strapi, PostgreSQL with its backends) every 15 s, and its growth from the peaks after
 * minute 2 to the peaks of the last minutes (see `line` below for why peaks).
 * Targets (issue 14): 0 errors; memory growth of each < 10 %. Printed, not asserted.
 */
import { request } from 'node:https';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { treeRssMb } from './proc.ts';
import { benchPorts, COMMUNE_HOSTS, startBenchStack, type BenchStack } from './stack.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 200);
const SAMPLE_AT_MINUTE = Math.min(2, MINUTES / 2);
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];

/** GET through nginx (TLS, the commune's name as SNI and Host). */
function get(stack: BenchStack, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: stack.nginx.httpsPort,
        path,
        servername: host,
        ca: stack.nginx.cert,
        headers: { host, accept: 'text/html', 'user-agent': AGENTS[0] },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** One page of each type of a commune, found by following its own links (what a reader does). */
async function pagesOf(stack: BenchStack, host: string): Promise<string[]> {
  const fixed = [
    '/',
    '/tin-tuc',
    '/tin-tuc?trang=2',
    '/van-ban',
    '/thu-tuc-hanh-chinh',
    '/gioi-thieu',
    '/gioi-thieu/lanh-dao',
    '/lien-he',
    '/en',
    '/tim-kiem?q=x%C3%A3',
    '/van-ban?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh',
    '/rss/tin-tuc.xml',
    '/sitemap.xml',
  ];
  const patterns = [
    /^\/tin-tuc\/(?!chuyen-muc)[a-z0-9-]+$/,
    /^\/tin-tuc\/chuyen-muc\/[a-z0-9-]+$/,
    /^\/van-ban\/[a-z0-9]+$/,
    /^\/thu-tuc-hanh-chinh\/[a-z0-9-]+$/,
    /^\/gioi-thieu\/(?!lanh-dao)[a-z0-9-]+$/,
    /^\/en\/[a-z0-9-]+$/,
  ];
  const links = new Set<string>();
  for (const page of ['/', '/tin-tuc', '/van-ban', '/thu-tuc-hanh-chinh', '/gioi-thieu', '/en']) {
    const { body } = await get(stack, host, page);
    for (const match of body.matchAll(/href="(\/[^"#?]*)"/g)) if (match[1]) links.add(match[1]);
  }
  const found = patterns.map((pattern) => [...links].find((link) => pattern.test(link))).filter((link): link is string => Boolean(link));
  const article = found.find((link) => patterns[0]?.test(link));
  if (article) found.push(`${article}/ban-in`);
  const pages = [...fixed, ...found];
  for (const page of pages) {
    const { status } = await get(stack, host, page);
    if (status !== 200) throw new Error(`${host}${page} answered ${status} before the soak`);
  }
  return pages;
}

interface Memory {
  nginx: number;
  site: number;
  strapi: number;
  postgres: number;
}

async function memory(stack: BenchStack): Promise<Memory> {
  return {
    nginx: treeRssMb(stack.nginx.pid() ?? 0),
    site: treeRssMb(stack.site.child.pid ?? 0),
    strapi: treeRssMb(stack.strapi.child.pid ?? 0),
    postgres: treeRssMb(await stack.postgresPid()),
  };
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

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

const stack = await startBenchStack({
  name: 'bench-soak',
  ...benchPorts({ pgPort: 5495, cmsPort: 1391, sitePort: 3091, visitLogPort: 3094 }),
});
let exitCode = 0;
try {
  const requests: { method: 'GET'; path: string; headers: Record<string, string> }[] = [];
  let pageCount = 0;
  for (const host of COMMUNE_HOSTS) {
    const pages = await pagesOf(stack, host);
    pageCount += pages.length;
    pages.forEach((path, index) =>
      requests.push({
        method: 'GET',
        path,
        headers: { host, accept: 'text/html,*/*;q=0.8', 'user-agent': AGENTS[index % AGENTS.length] ?? '' },
      }),
    );
  }
  // Interleave the communes so every connection moves between them.
  requests.sort((a, b) => a.path.localeCompare(b.path));
  const visitsBefore = await todayVisits(stack.databaseUrl);
  console.log(
    `Soak: ${MINUTES} min at ${CONNECTIONS} connections through nginx over ${pageCount} pages (${requests.length / COMMUNE_HOSTS.length} per commune: every page type) of ${COMMUNE_HOSTS.length} communes…`,
  );
  const start = await memory(stack);

  const times: number[] = [];
  let early: Memory | null = null;
  let earlyLoad = '';
  const sampler = setTimeout(() => {
    void memory(stack).then((sample) => {
      early = sample;
      earlyLoad = os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ');
    });
  }, SAMPLE_AT_MINUTE * 60_000);
  // Every 15 s as well: a garbage-collected heap moves by tens of MB between two instants, so the
  // highest figure after minute 2 says more about a leak than any one sample.
  const highest: Memory = { ...start };
  const startedAt = Date.now();
  const samples: Array<{ minute: number; memory: Memory }> = [];
  const watcher = setInterval(() => {
    void memory(stack).then((sample) => {
      const minute = (Date.now() - startedAt) / 60_000;
      samples.push({ minute, memory: sample });
      if (minute < SAMPLE_AT_MINUTE) return;
      for (const name of Object.keys(highest) as (keyof Memory)[]) highest[name] = Math.max(highest[name], sample[name]);
    });
  }, 15_000);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `https://127.0.0.1:${stack.nginx.httpsPort}`,
        connections: CONNECTIONS,
        duration: MINUTES * 60,
        requests,
        servername: COMMUNE_HOSTS[0],
      },
      (error, answer) => (error ? reject(error) : resolve(answer)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  clearTimeout(sampler);
  clearInterval(watcher);
  const end = await memory(stack);
  const endLoad = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const visitsAfter = await todayVisits(stack.databaseUrl);
  const sorted = Float64Array.from(times).sort();
  const base: Memory = early ?? start;
  // Two instants can fall anywhere on a collected heap's sawtooth (the site's RSS went 650 → 280 MB
  // in one run, Strapi's 326 → 502 MB), so the judged growth compares the sawtooth's peaks: the
  // highest sample of the window after minute 2 against the highest of the last window, each a
  // quarter of the time after minute 2. A leak raises the peaks; a heap that breathes does not.
  const windowMinutes = (MINUTES - SAMPLE_AT_MINUTE) / 4;
  const peakOf = (name: keyof Memory, from: number, to: number): number =>
    Math.max(0, ...samples.filter((sample) => sample.minute >= from && sample.minute <= to).map((sample) => sample.memory[name]));
  const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
  const line = (name: keyof Memory) => {
    const growth = ((end[name] - base[name]) / base[name]) * 100;
    const earlyPeak = peakOf(name, SAMPLE_AT_MINUTE, SAMPLE_AT_MINUTE + windowMinutes);
    const latePeak = Math.max(peakOf(name, MINUTES - windowMinutes, MINUTES), end[name]);
    const peakGrowth = ((latePeak - earlyPeak) / earlyPeak) * 100;
    const peak = Math.max(highest[name], end[name]);
    return `${name.padEnd(10)} ${start[name].toFixed(1).padStart(9)} ${base[name].toFixed(1).padStart(9)} ${end[name].toFixed(1).padStart(9)} ${signed(growth).padStart(9)} ${earlyPeak.toFixed(1).padStart(11)} ${latePeak.toFixed(1).padStart(10)} ${signed(peakGrowth).padStart(9)}  ${peakGrowth < 10 ? 'PASS' : 'MISS'} ${peak.toFixed(1).padStart(9)}`;
  };
  const errors = result.errors + result.non2xx + result.timeouts;
  console.log(
    [
      '',
      `Soak through the production nginx — ${MINUTES} min, ${CONNECTIONS} connections, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores`,
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s)   errors: ${errors} (connection ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts}) ${errors === 0 ? 'PASS' : 'MISS'}`,
      `latency of ${sorted.length} responses: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms (autocannon's histogram: mean ${result.latency.mean.toFixed(1)}, p50 ${result.latency.p50}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99} ms)`,
      `load average at minute ${SAMPLE_AT_MINUTE}: ${earlyLoad || '(not sampled)'}; at the end: ${endLoad}`,
      `visits counted today: ${visitsBefore} → ${visitsAfter} (${AGENTS.length - 1} browser user agents from one address, on 3 communes)`,
      '',
      `Resident memory (MB, each process with its children)`,
      `Growth (target < 10 %): the highest sample of minutes ${SAMPLE_AT_MINUTE}–${(SAMPLE_AT_MINUTE + (MINUTES - SAMPLE_AT_MINUTE) / 4).toFixed(1)} against the highest of the last ${((MINUTES - SAMPLE_AT_MINUTE) / 4).toFixed(1)} minutes; the instants beside it for reference.`,
      `process        start  minute ${SAMPLE_AT_MINUTE}       end   instant  early peak  late peak    growth        highest`,
      line('nginx'),
      line('site'),
      line('strapi'),
      line('postgres'),
    ].join('\n'),
  );
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
