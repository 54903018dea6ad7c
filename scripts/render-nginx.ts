/**
 * `npm run config:nginx -- [--env <file>]… [--out <dir>]` — renders config/nginx/*.template with
 * the production layout (README "Production"): /etc/commune-portal/portal.env and site.env by
 * default, into /etc/nginx (nginx.conf and commune-portal.conf). Then `nginx -t` and
 * `systemctl reload nginx`. Without --out, prints both files.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readEnvFile } from './lib/env-file.ts';
import { parsePorts, renderNginx } from './lib/nginx-config.ts';

const args = process.argv.slice(2);
const envFiles: string[] = [];
let out = '';
for (let index = 0; index < args.length; index += 1) {
  const flag = args[index];
  const value = args[index + 1] ?? '';
  if (flag === '--env') envFiles.push(value);
  else if (flag === '--out') out = value;
  else {
    console.error(`Unknown argument ${flag}. Usage: npm run config:nginx -- [--env <file>]… [--out <dir>]`);
    process.exit(2);
  }
  index += 1;
}
if (envFiles.length === 0)
  envFiles.push(...['/etc/commune-portal/portal.env', '/etc/commune-portal/site.env'].filter((file) => existsSync(file)));

const env: Record<string, string | undefined> = { ...process.env };
for (const file of envFiles) Object.assign(env, await readEnvFile(file));

function required(name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    console.error(`${name} is not set (in ${envFiles.join(', ') || 'the environment'}); see config/production/portal.env.example`);
    process.exit(2);
  }
  return value;
}

const outDir = out || '/etc/nginx';
const { main, portal } = await renderNginx({
  user: env.NGINX_USER ?? 'www-data',
  pidFile: '/run/nginx.pid',
  errorLog: '/var/log/nginx/error.log',
  accessLog: '/var/log/nginx/access.log',
  mimeTypes: '/etc/nginx/mime.types',
  stateDir: '/var/lib/nginx',
  cacheDir: '/var/cache/nginx/commune-pages',
  portalConf: path.join(outDir, 'commune-portal.conf'),
  sitePorts: parsePorts(env.SITE_PORTS, [3000]),
  cmsPorts: parsePorts(env.CMS_PORTS, [1337]),
  cmsInternalPort: Number(env.CMS_INTERNAL_PORT ?? 1300),
  httpPort: 80,
  httpsPort: 443,
  ipv6: (env.IPV6 ?? 'true') !== 'false',
  adminHost: required('ADMIN_HOST'),
  adminAllow: (env.ADMIN_ALLOW ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
  tlsCert: required('TLS_CERT'),
  tlsKey: required('TLS_KEY'),
  acmeRoot: '/var/www/acme',
  visitLog: env.NUXT_VISIT_LOG_LISTEN?.trim() || '127.0.0.1:5140',
  uploadMax: env.UPLOAD_MAX ?? '50m',
  // The release the `current` link names, so a new release's page is used after the switch.
  errorPagesDir: env.NGINX_ERROR_PAGES ?? '/srv/commune-portal/current/config/nginx/errors',
});
if (!out) {
  console.log(`# ---- ${path.join(outDir, 'nginx.conf')}\n${main}\n# ---- ${path.join(outDir, 'commune-portal.conf')}\n${portal}`);
} else {
  await writeFile(path.join(outDir, 'nginx.conf'), main);
  await writeFile(path.join(outDir, 'commune-portal.conf'), portal);
  console.log(
    `Wrote ${path.join(outDir, 'nginx.conf')} and ${path.join(outDir, 'commune-portal.conf')}. Check with: nginx -t && systemctl reload nginx`,
  );
}
