/**
 * The production layout on one machine for the benchmarks: the embedded PostgreSQL with the demo
 * seed, one Strapi, one built site process (as in production: visit secret, nginx trusted on
 * loopback, nginx's page-view log received), and Debian's nginx with the production
 * configuration (tests/support/nginx.ts) in front.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withDatabase } from '../../database/connection.ts';
import { cmsDir, dataDir, frontendDir } from '../../database/paths.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';
import { clusterLocation, startDatabaseServer, type DatabaseServer } from '../../database/server.ts';
import { buildCms, buildFrontend, buildPlugins } from '../../scripts/lib/build.ts';
import { startService, waitForHttp, type Service } from '../../scripts/lib/processes.ts';
import { runSeed, strapiEnv } from '../../scripts/lib/stack.ts';
import { baseEnv, node, tools } from '../../scripts/lib/tools.ts';
import { hasIpv6Loopback, startNginx, type NginxInstance } from '../support/nginx.ts';

export const COMMUNE_HOSTS = ['khanhkhe.langson.gov.vn', 'songiang.hatinh.gov.vn', 'quoctuan.haiphong.gov.vn'];

export interface BenchStack {
  database: DatabaseServer;
  /** The PostgreSQL postmaster's pid (its backends are its children). */
  postgresPid(): Promise<number>;
  strapi: Service;
  site: Service;
  sitePort: number;
  cmsPort: number;
  nginx: NginxInstance;
  databaseUrl: string;
  token: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  name: string;
  pgPort: number;
  cmsPort: number;
  sitePort: number;
  visitLogPort: number;
  nginxWorkers?: number;
}

/**
 * BENCH_CPU_PROF=<folder>: Strapi and the site write a V8 CPU profile there when they stop
 * (`node --cpu-prof`), to see where a bench's CPU goes (open it in Chrome's DevTools).
 */
export const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const cpuProfile = (name: string): string[] =>
  CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(CPU_PROFILE_DIR, name)}`] : [];

export async function startBenchStack(options: StackOptions): Promise<BenchStack> {
  const clusterDir = path.join(dataDir, `${options.name}-postgres`);
  const database = await startDatabaseServer({ clusterDir, port: options.pgPort });
  const services: Service[] = [];
  const work = await mkdtemp(path.join(tmpdir(), `${options.name}-`));
  let nginx: NginxInstance | undefined;
  const stop = async (): Promise<void> => {
    await nginx?.stop();
    for (const service of services.reverse()) await service.stop();
    await database.stop();
    await rm(work, { recursive: true, force: true });
  };
  try {
    await buildPlugins();
    await buildCms();
    await buildFrontend();
    const databaseUrl = withDatabase(database.urlFor('postgres'), options.name.replace(/-/g, '_'));
    await dropDatabase(databaseUrl);
    await prepareDatabase(databaseUrl);
    const env = {
      ...(await strapiEnv(databaseUrl, options.cmsPort)),
      HOST: '127.0.0.1',
      PUBLIC_SITE_TOKEN_FILE: path.join(work, 'token'),
      FIRST_ADMIN_CREDENTIALS_FILE: path.join(work, 'admin.json'),
      STRAPI_LOG_LEVEL: 'warn',
    };
    console.log('Seeding the demo communes…');
    await runSeed(env);
    const strapi = startService('strapi', node, [...cpuProfile('strapi'), tools.strapi, 'start'], { cwd: cmsDir, env });
    services.push(strapi);
    await waitForHttp(`http://127.0.0.1:${options.cmsPort}/_health`, {
      timeoutMs: 180000,
      service: strapi,
      accept: (status) => status === 204,
    });
    const token = (await readFile(path.join(work, 'token'), 'utf8')).trim();
    const visitLog = `127.0.0.1:${options.visitLogPort}`;
    const site = startService('site', node, [...cpuProfile('site'), path.join(frontendDir, '.output', 'server', 'index.mjs')], {
      cwd: frontendDir,
      // config/production/site.env.example, with the bench's ports.
      env: baseEnv({
        NODE_ENV: 'production',
        PORT: String(options.sitePort),
        HOST: '127.0.0.1',
        NUXT_STRAPI_URL: `http://127.0.0.1:${options.cmsPort}`,
        NUXT_STRAPI_TOKEN: token,
        NUXT_VISIT_SECRET: randomBytes(32).toString('hex'),
        NUXT_DEV_COMMUNE_FALLBACK: 'false',
        NUXT_TRUSTED_PROXIES: 'loopback',
        NUXT_VISIT_LOG_LISTEN: visitLog,
      }),
    });
    services.push(site);
    await waitForHttp(`http://127.0.0.1:${options.sitePort}/`, { timeoutMs: 60000, service: site, accept: () => true });
    nginx = await startNginx({
      sitePorts: [options.sitePort],
      cmsPorts: [options.cmsPort],
      adminHost: 'quantri.bench.gov.vn',
      hosts: COMMUNE_HOSTS,
      visitLog,
      ipv6: await hasIpv6Loopback(),
      workers: options.nginxWorkers,
    });
    const postgresPid = async (): Promise<number> =>
      Number((await readFile(path.join(clusterLocation(clusterDir), 'postmaster.pid'), 'utf8')).split('\n')[0]);
    return { database, postgresPid, strapi, site, sitePort: options.sitePort, cmsPort: options.cmsPort, nginx, databaseUrl, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A bench's ports, each overridable: BENCH_PG_PORT, BENCH_CMS_PORT, BENCH_SITE_PORT, BENCH_VISIT_LOG_PORT. */
export function benchPorts(
  defaults: Pick<StackOptions, 'pgPort' | 'cmsPort' | 'sitePort' | 'visitLogPort'>,
): Pick<StackOptions, 'pgPort' | 'cmsPort' | 'sitePort' | 'visitLogPort'> {
  const port = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
  return {
    pgPort: port('BENCH_PG_PORT', defaults.pgPort),
    cmsPort: port('BENCH_CMS_PORT', defaults.cmsPort),
    sitePort: port('BENCH_SITE_PORT', defaults.sitePort),
    visitLogPort: port('BENCH_VISIT_LOG_PORT', defaults.visitLogPort),
  };
}

/**
 * Starts the stack, runs `body` on it, stops it and ends the process: with 1 when `body` threw
 * (printed) or answered false (its figures are not valid), else 0.
 */
export async function runOnBenchStack(options: StackOptions, body: (stack: BenchStack) => Promise<boolean>): Promise<never> {
  const stack = await startBenchStack(options);
  let valid = false;
  try {
    valid = await body(stack);
  } catch (error) {
    console.error(error);
  } finally {
    await stack.stop();
  }
  process.exit(valid ? 0 : 1);
}
