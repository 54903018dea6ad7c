/**
 * `npm run start:prod` — the production processes without systemd: N Strapi processes
 * (CMS_PORTS) and M site processes (SITE_PORTS) from the built code (`npm run build` first), in
 * production mode, with the environment of /etc/commune-portal/{portal,cms,site}.env (or
 * `--portal-env`, `--cms-env`, `--site-env`; the process environment fills what they leave out).
 * A process that exits is started again (after 1 s, doubling to 30 s while it keeps crashing);
 * SIGTERM or Ctrl-C stops the sites first (they send their waiting visit counts), then Strapi.
 * PostgreSQL and nginx are the machine's own services (README "Production").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cmsDir, frontendDir } from '../database/paths.ts';
import { readEnvFile } from './lib/env-file.ts';
import { parsePorts } from './lib/nginx-config.ts';
import { startService, type Service } from './lib/processes.ts';
import { baseEnv, node, tools } from './lib/tools.ts';

const args = process.argv.slice(2);
const option = (flag: string, fallback: string): string => {
  const at = args.indexOf(flag);
  return at >= 0 ? (args[at + 1] ?? '') : fallback;
};
const files = {
  portal: option('--portal-env', '/etc/commune-portal/portal.env'),
  cms: option('--cms-env', '/etc/commune-portal/cms.env'),
  site: option('--site-env', '/etc/commune-portal/site.env'),
};
const load = async (file: string): Promise<Record<string, string>> => (existsSync(file) ? readEnvFile(file) : {});
const portalEnv = await load(files.portal);
const cmsFile = await load(files.cms);
const siteFile = await load(files.site);

const siteEntry = path.join(frontendDir, '.output', 'server', 'index.mjs');
if (!existsSync(path.join(cmsDir, 'dist', 'build')) || !existsSync(siteEntry)) {
  console.error('The CMS or the site is not built: run `npm run build` first.');
  process.exit(2);
}

const setting = (name: string): string | undefined => process.env[name] ?? portalEnv[name];
const cmsPorts = parsePorts(setting('CMS_PORTS'), [1337]);
const sitePorts = parsePorts(setting('SITE_PORTS'), [3000]);

interface Supervised {
  name: string;
  start(): Service;
  current: Service | null;
  failures: number;
}

let stopping = false;

function supervise(name: string, start: () => Service): Supervised {
  const entry: Supervised = { name, start, current: null, failures: 0 };
  const run = (): void => {
    const startedAt = Date.now();
    const service = start();
    entry.current = service;
    void service.exited.then(async (code) => {
      if (stopping) return;
      // Up for a minute: a new crash starts the back-off afresh.
      entry.failures = Date.now() - startedAt > 60_000 ? 1 : entry.failures + 1;
      const delay = Math.min(30_000, 1000 * 2 ** (entry.failures - 1));
      console.error(`${name} exited (code ${code}); starting it again in ${delay / 1000} s`);
      await sleep(delay);
      if (!stopping) run();
    });
  };
  run();
  return entry;
}

const production = { NODE_ENV: 'production' };
const cms = cmsPorts.map((port) =>
  supervise(`cms:${port}`, () =>
    startService(`cms:${port}`, node, [tools.strapi, 'start'], {
      cwd: cmsDir,
      env: baseEnv({ ...cmsFile, ...production, PORT: String(port), HOST: process.env.HOST ?? '127.0.0.1' }),
    }),
  ),
);
const sites = sitePorts.map((port) =>
  supervise(`site:${port}`, () =>
    startService(`site:${port}`, node, [siteEntry], {
      cwd: frontendDir,
      env: baseEnv({ ...siteFile, ...production, PORT: String(port), NITRO_PORT: String(port), HOST: process.env.HOST ?? '127.0.0.1' }),
    }),
  ),
);
console.log(
  `Started ${cms.length} CMS process(es) on ${cmsPorts.join(', ')} and ${sites.length} site process(es) on ${sitePorts.join(', ')}; they restart when they exit. Ctrl-C stops them.`,
);

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('Stopping the site processes, then the CMS processes…');
  await Promise.all(sites.map((entry) => entry.current?.stop()));
  await Promise.all(cms.map((entry) => entry.current?.stop()));
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll());
