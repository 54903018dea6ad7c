/**
 * `npm run bench:provision` — only the provisioning phase of bench:national, quicker to repeat
 * while working on `npm run commune -- import`: a fresh database (BENCH_DATABASE, bench_provision)
 * on the bench's own cluster (.data/bench-national-postgres, port BENCH_PG_PORT or 5497),
 * BENCH_COMMUNES communes (330 by default) like bench:national's list (one province here),
 * through the real compiled script. Prints the script's own figures, the CPU the script and
 * PostgreSQL spent (steadier than wall time on a shared machine) and the time per commune for
 * each tenth of the list (does a commune cost more as the tables grow?). Needs a built CMS
 * (`npm run build`). Printed, not asserted.
 *
 * BENCH_CPU_PROF=dir profiles the script (node --cpu-prof) into that folder; BENCH_QUERY_LOG=file
 * writes every SQL statement to that file; PROVISION_CONCURRENCY and PROVISION_DOCUMENT_SERVICE
 * pass through to the script.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { node } from '../../scripts/lib/tools.ts';
import { prepareStrapi } from '../support/strapi.ts';
import { cpuMs, processTree } from './proc.ts';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 330);

/** User + system CPU of this process's waited-for children (the script), in ms: less sensitive than wall time to what else runs. */
function childrenCpuMs(): number {
  const text = readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in clock ticks (100 per second)
}

function communeList(): string {
  const rows = ['name,code,province,domain,aliases,short_name,slug,admin_email,head_email,deputy_email,member_email,contributor_email'];
  for (let index = 1; index <= COMMUNES; index += 1) {
    rows.push(
      `Xã Thử Nghiệm ${index},${String(10000 + index)},Lạng Sơn,tn${index}.bench.gov.vn,,Thử Nghiệm ${index},thu-nghiem-${index},,,,,`,
    );
  }
  return `${rows.join('\n')}\n`;
}

const database = await startDatabaseServer({
  clusterDir: path.join(dataDir, 'bench-national-postgres'),
  port: Number(process.env.BENCH_PG_PORT ?? 5497),
});
const workDir = await mkdtemp(path.join(tmpdir(), 'bench-provision-'));
let exitCode = 0;
try {
  const url = withDatabase(database.urlFor('postgres'), process.env.BENCH_DATABASE ?? 'bench_provision');
  await dropDatabase(url);
  await prepareDatabase(url);
  const setup = await prepareStrapi(url);
  const listFile = path.join(workDir, 'communes.csv');
  await writeFile(listFile, communeList());
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF)] : [];
  const env: NodeJS.ProcessEnv = { ...setup.env, COMMUNE_CREDENTIALS_DIR: path.join(workDir, 'credentials'), STRAPI_LOG_LEVEL: 'error' };
  // BENCH_QUERY_LOG=file: every SQL statement knex sends (its `knex:query` debug output) to that file.
  const queryLog = process.env.BENCH_QUERY_LOG ? createWriteStream(path.resolve(process.env.BENCH_QUERY_LOG)) : null;
  if (queryLog) env.DEBUG = 'knex:query';
  const load = loadavg()[0] ?? 0;
  // PostgreSQL's CPU: the cluster's processes, sampled while the script runs (a backend's time
  // is lost from /proc once it exits, so the last reading of each process is kept).
  const postmaster = Number(
    (await readFile(path.join(dataDir, 'bench-national-postgres', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0],
  );
  const lastCpu = new Map<number, number>();
  const sample = (): void => {
    if (!postmaster) return;
    for (const pid of processTree(postmaster)) lastCpu.set(pid, cpuMs(pid));
  };
  sample();
  const pgBefore = [...lastCpu.values()].reduce((sum, value) => sum + (Number.isNaN(value) ? 0 : value), 0);
  const sampler = setInterval(sample, 250);
  const started = performance.now();
  const marks: number[] = [];
  let output = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(node, [...profile, path.join(cmsDir, 'dist', 'scripts', 'provision.js'), 'import', listFile], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      for (const line of text.split('\n')) if (line.startsWith('✓ ')) marks.push(performance.now());
      output = (output + text).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', (chunk: Buffer) => (queryLog ? queryLog.write(chunk) : keep(chunk)));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  clearInterval(sampler);
  const pgCpu = [...lastCpu.values()].reduce((sum, value) => sum + (Number.isNaN(value) ? 0 : value), 0) - pgBefore;
  const line = output.split('\n').find((entry) => entry.startsWith('PROVISION_RESULT '));
  if (code !== 0 || !line) throw new Error(`provision exited with ${code}:\n${output.slice(-3000)}`);
  const result = JSON.parse(line.slice('PROVISION_RESULT '.length)) as {
    provisionSeconds: number;
    loadSeconds: number;
    created: number;
    failed: number;
  };
  const tenth = Math.max(1, Math.floor(marks.length / 10));
  const rates: string[] = [];
  for (let from = 0; from + tenth < marks.length; from += tenth)
    rates.push(((((marks[from + tenth] ?? 0) - (marks[from] ?? 0)) / tenth) | 0).toString());
  console.log(
    `provisioning ${COMMUNES} communes: ${result.provisionSeconds} s writing (${((result.provisionSeconds / COMMUNES) * 1000).toFixed(0)} ms per commune), ` +
      `${result.loadSeconds} s loading Strapi, ${((performance.now() - started) / 1000).toFixed(1)} s whole process; created ${result.created}, failed ${result.failed}; ` +
      `PROVISION_CONCURRENCY ${process.env.PROVISION_CONCURRENCY ?? 'default'}; ${cpus().length} cores, load ${load.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
  );
  console.log(
    `CPU over the whole process (loading included): the script ${(childrenCpuMs() / 1000).toFixed(1)} s, PostgreSQL ${(pgCpu / 1000).toFixed(1)} s`,
  );
  console.log(`ms per commune, by tenth of the list: ${rates.join(' ')}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await rm(workDir, { recursive: true, force: true });
  await database.stop();
}
process.exit(exitCode);
