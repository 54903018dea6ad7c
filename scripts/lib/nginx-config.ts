/**
 * Renders config/nginx/*.template into nginx's files: production (`npm run config:nginx`, from the
 * environment file) and the e2e test and benchmarks (test ports, paths and certificates) fill the
 * same templates, so what is tested is what runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../database/paths.ts';

export interface NginxSettings {
  /** Worker user: www-data in production; root in a test (which runs as root). */
  user: string;
  pidFile: string;
  errorLog: string;
  accessLog: string;
  mimeTypes: string;
  /** nginx's temporary files; the micro-cache lives under cacheDir. */
  stateDir: string;
  cacheDir: string;
  /** Where the rendered commune-portal.conf is (the main file includes it). */
  portalConf: string;
  sitePorts: number[];
  cmsPorts: number[];
  cmsInternalPort: number;
  httpPort: number;
  httpsPort: number;
  /** Also listen on IPv6 ([::]). */
  ipv6: boolean;
  /** Listen on these addresses only (a test: 127.0.0.1 and ::1); production: every address. */
  bindIpv4?: string;
  bindIpv6?: string;
  adminHost: string;
  /** Addresses or CIDR ranges allowed to reach the admin host; empty: everyone. */
  adminAllow: string[];
  tlsCert: string;
  tlsKey: string;
  acmeRoot: string;
  /** host:port of the site processes' page-view log listener (NUXT_VISIT_LOG_LISTEN). */
  visitLog: string;
  uploadMax: string;
  /** config/nginx/errors of the installed release: nginx's own 502 page, in Vietnamese. */
  errorPagesDir?: string;
}

const ADDRESS = /^(?:[0-9.]+|[0-9a-fA-F:]+)(?:\/\d{1,3})?$/;

function listen(settings: NginxSettings, port: number, extra: string): string {
  const v4 = settings.bindIpv4 ? `${settings.bindIpv4}:${port}` : String(port);
  const lines = [`  listen ${v4}${extra};`];
  if (settings.ipv6) lines.push(`  listen [${settings.bindIpv6 ?? '::'}]:${port}${extra};`);
  return lines.join('\n');
}

/** The values of the templates' @NAME@ placeholders. */
export function nginxValues(settings: NginxSettings): Record<string, string> {
  for (const entry of settings.adminAllow)
    if (!ADDRESS.test(entry)) throw new Error(`ADMIN_ALLOW: "${entry}" is not an address or CIDR range`);
  if (settings.sitePorts.length === 0 || settings.cmsPorts.length === 0)
    throw new Error('SITE_PORTS and CMS_PORTS need at least one port each');
  return {
    USER: settings.user,
    PID: settings.pidFile,
    ERROR_LOG: settings.errorLog,
    ACCESS_LOG: settings.accessLog,
    MIME_TYPES: settings.mimeTypes,
    STATE_DIR: settings.stateDir,
    PORTAL_CONF: settings.portalConf,
    CACHE_DIR: settings.cacheDir,
    SITE_SERVERS: settings.sitePorts.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n'),
    CMS_SERVERS: settings.cmsPorts.map((port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n'),
    CMS_INTERNAL_PORT: String(settings.cmsInternalPort),
    HTTP_LISTEN: listen(settings, settings.httpPort, ' default_server'),
    HTTPS_LISTEN_DEFAULT: listen(settings, settings.httpsPort, ' ssl http2 default_server'),
    HTTPS_LISTEN: listen(settings, settings.httpsPort, ' ssl http2'),
    ADMIN_HOST: settings.adminHost,
    ADMIN_ALLOW: settings.adminAllow.length
      ? [...settings.adminAllow.map((entry) => `  allow ${entry};`), '  deny all;'].join('\n')
      : '  # ADMIN_ALLOW is empty: no address restriction.',
    TLS_CERT: settings.tlsCert,
    TLS_KEY: settings.tlsKey,
    ACME_ROOT: settings.acmeRoot,
    VISIT_LOG: settings.visitLog,
    UPLOAD_MAX: settings.uploadMax,
    ERROR_PAGES: settings.errorPagesDir ?? path.join(repoRoot, 'config', 'nginx', 'errors'),
  };
}

export function fill(template: string, values: Record<string, string>): string {
  const text = template.replace(/@([A-Z0-9_]+)@/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for ${whole}`);
    return value;
  });
  return text;
}

/** The two files: nginx.conf (main) and commune-portal.conf (the servers). */
export async function renderNginx(settings: NginxSettings): Promise<{ main: string; portal: string }> {
  const dir = path.join(repoRoot, 'config', 'nginx');
  const values = nginxValues(settings);
  return {
    main: fill(await readFile(path.join(dir, 'nginx.conf.template'), 'utf8'), values),
    portal: fill(await readFile(path.join(dir, 'commune-portal.conf.template'), 'utf8'), values),
  };
}

/** Ports from `3000,3001` or a range `3000-3003`. */
export function parsePorts(value: string | undefined, fallback: number[]): number[] {
  const text = (value ?? '').trim();
  if (!text) return fallback;
  const ports: number[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.trim().split('-').map(Number);
    if (!from || !(from > 0 && from < 65536) || (to !== undefined && !(to >= from && to < 65536)))
      throw new Error(`"${part.trim()}" is not a port or a port range`);
    for (let port = from; port <= (to ?? from); port += 1) ports.push(port);
  }
  return ports;
}
