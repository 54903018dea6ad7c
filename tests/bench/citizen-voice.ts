/**
 * `npm run bench:voice` — the public forms under a flood (issue 16): 1,000 question submissions
 * from 50 addresses within a minute, through the built site's question form exactly as browsers
 * post it (a browser's user agent, the form page fetched first for its token, a form-encoded
 * POST, redirects not followed), on the demo seed. Printed, not asserted:
 *
 * - 10 citizens (one address each) open the form, take 4–8 s to write, send once; if the site
 *   asks the challenge (the commune is under a flood), they answer it as a person would and send
 *   again. Every one of them must get a tracking code, and every code must be in the database.
 * - 40 robots (one address each) share the rest: a third post at once (too fast), a third fill
 *   in the honeypot, a third wait the minimum fill time and then post as fast as they can.
 *   At most 5 of any one address's questions may be accepted in the hour.
 *
 * The figures: accepted / refused by reason, the most accepted from one address, the citizens'
 * outcome, rows stored (= codes handed out: nothing lost, nothing extra), latency of the POSTs.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import pg from 'pg';
import { startBenchStack } from './stack.ts';

const HOST = 'khanhkhe.langson.gov.vn';
const BROWSER = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const ADDRESSES = 50;
const CITIZENS = 10;
const WINDOW_MS = Number(process.env.BENCH_WINDOW_S ?? 60) * 1000;
const FORM = '/hoi-dap/gui-cau-hoi';

type Outcome = 'accepted' | 'too-fast' | 'honeypot' | 'limit' | 'challenge' | 'invalid' | 'other';

interface Sent {
  address: string;
  citizen: boolean;
  outcome: Outcome;
  code: string | null;
  ms: number;
}

const stack = await startBenchStack({
  name: 'bench-voice',
  pgPort: Number(process.env.BENCH_PG_PORT ?? 5496),
  cmsPort: Number(process.env.BENCH_CMS_PORT ?? 1401),
  sitePort: Number(process.env.BENCH_SITE_PORT ?? 3101),
  visitLogPort: Number(process.env.BENCH_VISIT_LOG_PORT ?? 3104),
});
const headersFor = (address: string): Record<string, string> => ({
  host: HOST,
  'user-agent': BROWSER,
  'x-forwarded-for': address,
  accept: 'text/html',
});

interface Answer {
  status: number;
  location: string | null;
  html: string;
}

/** One request as a browser sends it (node:http: fetch() will not send a Host header of our choosing). */
function send(method: 'GET' | 'POST', address: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...headersFor(address) };
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = request({ host: '127.0.0.1', port: stack.sitePort, path: FORM, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, html: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function openForm(address: string): Promise<string> {
  const answer = await send('GET', address);
  const token = /name="formToken" value="([^"]+)"/.exec(answer.html)?.[1];
  if (!token) throw new Error(`no form token in ${FORM} (HTTP ${answer.status})`);
  return token;
}

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** A person reads the question and types the sum. */
function solve(html: string): { token: string; answer: string } | null {
  const token = /name="challengeToken" value="([^"]+)"/.exec(html)?.[1];
  const sum = /: (\S+) cộng (\S+) bằng/.exec(html);
  if (!token || !sum) return null;
  return { token, answer: String(WORDS.indexOf(sum[1] ?? '') + WORDS.indexOf(sum[2] ?? '')) };
}

function classify(status: number, location: string | null, html: string): { outcome: Outcome; code: string | null } {
  if (status === 303 && location) return { outcome: 'accepted', code: /[?&]ma=([A-Z0-9]+)/.exec(location)?.[1] ?? null };
  if (status === 429) return { outcome: /name="challengeToken"/.test(html) ? 'challenge' : 'limit', code: null };
  if (status === 400 && html.includes('gửi quá nhanh')) return { outcome: 'too-fast', code: null };
  if (status === 400 && html.includes('Không gửi được')) return { outcome: 'honeypot', code: null };
  if (status === 400) return { outcome: 'invalid', code: null };
  return { outcome: 'other', code: null };
}

async function post(address: string, fields: Record<string, string>): Promise<Answer & { ms: number }> {
  const started = performance.now();
  const answer = await send('POST', address, new URLSearchParams(fields).toString());
  return { ...answer, ms: performance.now() - started };
}

const question = (who: string, token: string, extra: Record<string, string> = {}): Record<string, string> => ({
  formToken: token,
  website: '',
  kind: 'question',
  topic: 'Đất đai, xây dựng',
  fullName: who,
  phone: '0912 345 678',
  body: `Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cần giấy tờ gì? Mã ${randomBytes(4).toString('hex')}`,
  consent: 'on',
  ...extra,
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const addressOf = (index: number): string => `203.0.113.${index + 1}`;

/** A citizen: opens the form, writes for a few seconds, sends; answers the challenge if asked. */
async function citizen(index: number, startAt: number): Promise<Sent[]> {
  await sleep(startAt);
  const address = addressOf(index);
  const sent: Sent[] = [];
  let fields = question(`Người dân ${index + 1}`, await openForm(address));
  await sleep(4000 + Math.random() * 4000);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answer = await post(address, fields);
    const { outcome, code } = classify(answer.status, answer.location, answer.html);
    sent.push({ address, citizen: true, outcome, code, ms: answer.ms });
    if (outcome !== 'challenge') break;
    const solved = solve(answer.html);
    const token = /name="formToken" value="([^"]+)"/.exec(answer.html)?.[1];
    if (!solved || !token) break;
    await sleep(4000); // reading the question and typing the answer
    fields = { ...fields, formToken: token, challengeToken: solved.token, challengeAnswer: solved.answer };
  }
  return sent;
}

/** A robot: `count` posts spread over the window, in one of three manners. */
async function robot(index: number, count: number): Promise<Sent[]> {
  const address = addressOf(index);
  const manner = index % 3; // 0: at once, 1: honeypot, 2: waits the fill time, then floods
  const sent: Sent[] = [];
  let token = await openForm(address);
  if (manner === 2) await sleep(3200);
  const gap = WINDOW_MS / count;
  for (let i = 0; i < count; i += 1) {
    if (manner === 0) token = await openForm(address);
    const answer = await post(address, question(`Rô bốt ${index}`, token, manner === 1 ? { website: 'http://spam.example' } : {}));
    sent.push({ address, citizen: false, ...classify(answer.status, answer.location, answer.html), ms: answer.ms });
    await sleep(Math.max(0, gap - answer.ms));
  }
  return sent;
}

let exitCode = 0;
const db = new pg.Client({ connectionString: stack.databaseUrl });
// The stack's shutdown ends this connection; that is not an error of the bench.
db.on('error', () => undefined);
try {
  await db.connect();
  await db.query('DELETE FROM citizen_voice_attempts');
  const before = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM citizen_questions')).rows[0]?.n ?? 0);

  const robots = ADDRESSES - CITIZENS;
  const perRobot = Math.floor((TOTAL - CITIZENS) / robots);
  const extra = TOTAL - CITIZENS - perRobot * robots;
  console.log(
    `Sending ${TOTAL} questions from ${ADDRESSES} addresses within ${WINDOW_MS / 1000} s (${CITIZENS} citizens, ${robots} robots)…`,
  );
  const started = performance.now();
  const results = (
    await Promise.all([
      ...Array.from({ length: CITIZENS }, (_, i) => citizen(i, (i * WINDOW_MS) / (CITIZENS + 1))),
      ...Array.from({ length: robots }, (_, i) => robot(CITIZENS + i, perRobot + (i < extra ? 1 : 0))),
    ])
  ).flat();
  const seconds = (performance.now() - started) / 1000;

  const count = (filter: (sent: Sent) => boolean): number => results.filter(filter).length;
  const outcomes: Outcome[] = ['accepted', 'too-fast', 'honeypot', 'limit', 'challenge', 'invalid', 'other'];
  const codes = results.map((sent) => sent.code).filter((code): code is string => code !== null);
  const stored = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM citizen_questions')).rows[0]?.n ?? 0) - before;
  const found = Number(
    (await db.query<{ n: string }>('SELECT count(*) AS n FROM citizen_questions WHERE code = ANY($1)', [codes])).rows[0]?.n ?? 0,
  );
  const perAddress = new Map<string, number>();
  for (const sent of results) if (sent.outcome === 'accepted') perAddress.set(sent.address, (perAddress.get(sent.address) ?? 0) + 1);
  const citizensServed = new Set(results.filter((sent) => sent.citizen && sent.outcome === 'accepted').map((sent) => sent.address)).size;
  const citizensChallenged = new Set(results.filter((sent) => sent.citizen && sent.outcome === 'challenge').map((sent) => sent.address))
    .size;
  const latencies = results.map((sent) => sent.ms).sort((a, b) => a - b);
  const percentile = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;

  console.log(
    `\nSubmissions: ${results.length} in ${seconds.toFixed(1)} s (${(results.length / seconds).toFixed(1)}/s), POST p50 ${percentile(0.5).toFixed(0)} ms, p95 ${percentile(0.95).toFixed(0)} ms`,
  );
  for (const outcome of outcomes)
    console.log(
      `  ${outcome.padEnd(10)} ${String(count((sent) => sent.outcome === outcome)).padStart(5)}   (citizens ${count((sent) => sent.citizen && sent.outcome === outcome)})`,
    );
  const maxRobot = Math.max(
    0,
    ...[...perAddress].filter(([address]) => !results.find((sent) => sent.address === address)?.citizen).map(([, n]) => n),
  );
  console.log(`Most accepted from one robot address: ${maxRobot} (limit 5 an hour)`);
  console.log(`Citizens: ${citizensServed}/${CITIZENS} got a tracking code (${citizensChallenged} answered the challenge first)`);
  console.log(`Codes handed out: ${codes.length}; of them in the database: ${found}; rows stored: ${stored}`);
  const held =
    maxRobot <= 5 &&
    citizensServed === CITIZENS &&
    found === codes.length &&
    stored === codes.length &&
    count((sent) => sent.outcome === 'other') === 0;
  console.log(`\nLimits held, nothing lost: ${held ? 'PASS' : 'MISS'}`);
  if (!held) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
}
process.exit(exitCode);
