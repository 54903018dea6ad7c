/**
 * The platform's database for backup and restore: DATABASE_URL when set (production), otherwise
 * the embedded server of `npm start` — reached where it already runs, or started for the
 * duration of the command. And the PostgreSQL client programs (Debian's postgresql-client, the
 * same major version 15 as the embedded server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../../database/connection.ts';
import { dataDir } from '../../../database/paths.ts';
import { clusterLocation, startDatabaseServer } from '../../../database/server.ts';

export interface PlatformDatabase {
  url: string;
  /** Another database on the same server (scratch copies for a commune restore). */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL, or the embedded server (running under `npm start`, or started here). */
export async function openPlatformDatabase(): Promise<PlatformDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, urlFor: (name) => withDatabase(external, name), stop: async () => {} };
  const passwordFile = `${clusterLocation(path.join(dataDir, 'postgres'))}.password`;
  if (existsSync(passwordFile)) {
    const password = (await readFile(passwordFile, 'utf8')).trim();
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 5488);
    const server = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    const main = withDatabase(server, process.env.DATABASE_NAME ?? 'commune_portal');
    if (await reachable(server)) return { url: main, urlFor: (name) => withDatabase(server, name), stop: async () => {} };
  }
  const started = await startDatabaseServer();
  return { url: started.mainUrl, urlFor: (name) => started.urlFor(name), stop: () => started.stop() };
}

/** Debian's client programs (postgresql-client-15), or PG_BIN_DIR's, or the PATH's. */
export function pgProgram(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env.PG_BIN_DIR;
  if (dir) return path.join(dir, name);
  const debian = `/usr/bin/${name}`;
  return existsSync(debian) ? debian : name;
}

/** Connection settings for libpq programs through the environment: no password on the command line. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    ...(parsed.searchParams.get('sslmode') ? { PGSSLMODE: parsed.searchParams.get('sslmode') ?? undefined } : {}),
  };
}

/** Spawns a libpq program; its stderr is collected for the error message. */
export function spawnPg(
  name: 'pg_dump' | 'pg_restore',
  args: string[],
  url: string,
  stdio: ['ignore' | 'pipe', 'pipe' | 'ignore', 'pipe'],
): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(pgProgram(name), args, { env: libpqEnv(url), stdio });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-8000)));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) =>
      reject(
        new Error(
          `${name} could not run (${error.message}); install postgresql-client (apt-get install postgresql-client) or set PG_BIN_DIR`,
        ),
      ),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}: ${errors.trim()}`))));
  });
  return { child, done };
}

/** Whether a database has any table of its own (restore refuses to overwrite one unless forced). */
export async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
