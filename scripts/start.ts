/**
 * `npm start` (and `npm run dev` with --dev): PostgreSQL, Strapi and the Nuxt site on one
 * machine. Builds what changed, seeds demo communes on an empty database, waits until every
 * part answers, prints the addresses and credentials, and stops everything on Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../database/connection.ts';
import { frontendDir } from '../database/paths.ts';
import { prepareDatabase } from '../database/prepare.ts';
import { startDatabaseServer, type DatabaseServer } from '../database/server.ts';
import { buildCms, buildFrontend, buildPlugins } from './lib/build.ts';
import { startService, waitForHttp, type Service } from './lib/processes.ts';
import { renewPublicTokenIfDue } from './lib/public-token.ts';
import { firstAdminFile, listCommunes, needsSeed, publicTokenFile, runSeed, strapiCommand, strapiEnv } from './lib/stack.ts';
import { baseEnv, node, tools } from './lib/tools.ts';
import { cmsDir, dataDir } from '../database/paths.ts';

const dev = process.argv.includes('--dev');
const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 3000);
const started = Date.now();

const services: Service[] = [];
let database: DatabaseServer | null = null;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping…');
    // Reverse order of start: the site, then Strapi, then the database they use.
    for (const service of [...services].reverse()) await service.stop();
    await database?.stop();
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0));

async function main(): Promise<void> {
  database = await startDatabaseServer({ log: (line) => process.env.DEBUG_POSTGRES && console.log(`[postgres] ${line}`) });
  const databaseUrl = database.mainUrl;
  await prepareDatabase(databaseUrl);
  console.log(`PostgreSQL ready (${database.embedded ? 'embedded' : 'DATABASE_URL'})`);

  await buildPlugins();
  await buildCms();
  if (!dev) await buildFrontend();

  const cmsEnv = {
    ...(await strapiEnv(databaseUrl, cmsPort)),
    // Preview links (README "Preview") open on <slug>.localhost, which browsers resolve locally.
    PREVIEW_SITE_ORIGIN: process.env.PREVIEW_SITE_ORIGIN ?? `http://{slug}.localhost:${sitePort}`,
  };
  if (await needsSeed(databaseUrl)) {
    console.log('Empty database: seeding the demo communes (about a minute)…');
    await runSeed(cmsEnv);
  }
  // A token Strapi refuses (expired, or not this database's) would start a site without content.
  await renewPublicTokenIfDue(databaseUrl, cmsEnv);

  const [strapiBin, strapiArgs] = strapiCommand(dev ? 'develop' : 'start');
  const strapi = startService('strapi', strapiBin, strapiArgs, { cwd: cmsDir, env: cmsEnv });
  services.push(strapi);
  watchForCrash(strapi);
  await waitForHttp(`http://127.0.0.1:${cmsPort}/_health`, { timeoutMs: 180000, service: strapi, accept: (status) => status === 204 });

  const token = (await readFile(publicTokenFile, 'utf8')).trim();
  const siteEnv = baseEnv({
    PORT: String(sitePort),
    NITRO_PORT: String(sitePort),
    HOST: process.env.HOST ?? '0.0.0.0',
    NUXT_STRAPI_URL: `http://127.0.0.1:${cmsPort}`,
    NUXT_STRAPI_TOKEN: token,
    // A developer's machine: localhost and <slug>.localhost show the demo communes, and links are
    // written as http://<host>:<port> (production defaults: fallback off, https, no port).
    NUXT_DEV_COMMUNE_FALLBACK: process.env.NUXT_DEV_COMMUNE_FALLBACK ?? 'true',
    NUXT_SITE_SCHEME: process.env.NUXT_SITE_SCHEME ?? 'http',
    NUXT_SITE_PORT: process.env.NUXT_SITE_PORT ?? String(sitePort),
    NUXT_VISIT_SECRET: process.env.NUXT_VISIT_SECRET ?? (await localSecret(visitSecretFile)),
    // The admin's preview panel frames the preview pages (README "Preview").
    NUXT_ADMIN_ORIGIN: process.env.NUXT_ADMIN_ORIGIN ?? `http://localhost:${cmsPort}`,
  });
  const site = dev
    ? startService('site', node, [tools.nuxi, 'dev', '--port', String(sitePort)], { cwd: frontendDir, env: siteEnv })
    : startService('site', node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], { cwd: frontendDir, env: siteEnv });
  services.push(site);
  watchForCrash(site);
  await waitForHttp(`http://127.0.0.1:${sitePort}/`, { timeoutMs: 180000, service: site });

  await printReady(databaseUrl);
}

/** The site's visit-counter secret on this machine: made once, kept in .data (0600) so restarts count a visitor once. */
const visitSecretFile = path.join(dataDir, 'site-visit-secret');

async function localSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function watchForCrash(service: Service): void {
  void service.exited.then((code) => {
    if (stopping) return;
    console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping everything.`);
    void stopAll(1);
  });
}

async function printReady(databaseUrl: string): Promise<void> {
  const communes = await listCommunes(databaseUrl);
  const lines = [
    '',
    `The commune portal is ready (${((Date.now() - started) / 1000).toFixed(0)} s).`,
    '',
    `  Admin panel (Strapi):  http://localhost:${cmsPort}/admin`,
  ];
  if (existsSync(firstAdminFile)) {
    // Shown once: the file is deleted right after.
    const { email, password } = JSON.parse(await readFile(firstAdminFile, 'utf8')) as { email: string; password: string };
    lines.push(`     super admin:         ${email}`, `     password:            ${password}   (shown only now: write it down)`);
    await rm(firstAdminFile);
  } else {
    lines.push(`     super admin:         ${process.env.ADMIN_EMAIL ?? 'admin@example.gov.vn'} (password as set on first start)`);
  }
  lines.push('     two-step sign-in:    the first sign-in sets it up (an authenticator app on a phone; README, "Two-step sign-in")');
  lines.push(`  Public sites (Nuxt):   http://localhost:${sitePort}  (first demo commune)`);
  for (const commune of communes) {
    const local = (commune.domain_aliases ?? []).find((alias) => alias.endsWith('.localhost'));
    lines.push(
      `     ${commune.name.padEnd(20)} ${local ? `http://${local}:${sitePort}` : ''}   (production: https://${commune.primary_domain})`,
    );
  }
  lines.push(`  PostgreSQL:            ${redact(databaseUrl)}`, '');
  // Strapi logs no line per request unless asked (cms/config/middlewares.ts): say how to ask.
  if (!process.env.LOG_REQUESTS) lines.push('Requests are not logged one by one; start with LOG_REQUESTS=1 to see them.');
  lines.push('Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
});
