/**
 * Debian's nginx with the production configuration (config/nginx/*.template, rendered by
 * scripts/lib/nginx-config.ts) in a temporary prefix: test ports, a self-signed certificate made
 * with the openssl CLI, its own pid, logs and cache. Used by tests/e2e/production-nginx.test.ts
 * and the benchmarks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderNginx, type NginxSettings } from '../../scripts/lib/nginx-config.ts';
import { startService, type Service } from '../../scripts/lib/processes.ts';
import { freePort } from './strapi.ts';

export interface NginxInstance {
  dir: string;
  httpsPort: number;
  httpPort: number;
  cmsInternalPort: number;
  /** The certificate (PEM) clients trust. */
  cert: string;
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface NginxOptions {
  sitePorts: number[];
  cmsPorts: number[];
  adminHost: string;
  adminAllow?: string[];
  /** Names the certificate covers. */
  hosts: string[];
  visitLog: string;
  ipv6: boolean;
  workers?: number;
}

export function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) throw new Error('nginx is not installed (apt-get install nginx; .ci/run does it)');
  return found;
}

/** True when this machine has an IPv6 loopback to listen on. */
export function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

export async function startNginx(options: NginxOptions): Promise<NginxInstance> {
  const dir = await mkdtemp(path.join(tmpdir(), 'commune-nginx-'));
  for (const sub of ['state', 'cache', 'logs', 'acme']) await mkdir(path.join(dir, sub), { recursive: true });
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const names = [...options.hosts, options.adminHost].map((host) => `DNS:${host}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=commune-portal-test',
      '-addext',
      `subjectAltName=${names}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const [httpPort, httpsPort, cmsInternalPort] = [await freePort(), await freePort(), await freePort()];
  const settings: NginxSettings = {
    user: 'root',
    pidFile: path.join(dir, 'nginx.pid'),
    errorLog: path.join(dir, 'logs', 'error.log'),
    accessLog: path.join(dir, 'logs', 'access.log'),
    mimeTypes: '/etc/nginx/mime.types',
    stateDir: path.join(dir, 'state'),
    cacheDir: path.join(dir, 'cache'),
    portalConf: path.join(dir, 'commune-portal.conf'),
    sitePorts: options.sitePorts,
    cmsPorts: options.cmsPorts,
    cmsInternalPort,
    httpPort,
    httpsPort,
    ipv6: options.ipv6,
    bindIpv4: '127.0.0.1',
    bindIpv6: '::1',
    adminHost: options.adminHost,
    adminAllow: options.adminAllow ?? [],
    tlsCert: cert,
    tlsKey: key,
    acmeRoot: path.join(dir, 'acme'),
    visitLog: options.visitLog,
    uploadMax: '50m',
  };
  const { main, portal } = await renderNginx(settings);
  // The worker count is the one line a benchmark changes (production: auto).
  await writeFile(
    path.join(dir, 'nginx.conf'),
    options.workers ? main.replace('worker_processes auto;', `worker_processes ${options.workers};`) : main,
  );
  await writeFile(settings.portalConf, portal);
  const binary = nginxBinary();
  const check = spawnSync(binary, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the rendered configuration:\n${check.stderr}`);
  const service: Service = startService('nginx', binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;']);
  await waitForPort(httpsPort, service);
  return {
    dir,
    httpsPort,
    httpPort,
    cmsInternalPort,
    cert: execFileSync('cat', [cert], { encoding: 'utf8' }),
    pid: () => service.child.pid,
    async stop() {
      await service.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, service: Service): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`nginx exited with ${service.child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${port}`);
}
