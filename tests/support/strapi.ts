/**
 * Boots the real Strapi (the built cms/dist, as `strapi start`) as a child process against a
 * test database, on a free port, and talks to it over HTTP like the admin panel and the public
 * site do. One boot per test file.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cmsDir } from '../../database/paths.ts';
import { startService, waitForHttp, type Service } from '../../scripts/lib/processes.ts';
import { baseEnv, node, tools } from '../../scripts/lib/tools.ts';

export const SUPER_ADMIN = { email: 'tinh@test.gov.vn', password: 'Tinh-Admin-2026' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const secret = (): string => randomBytes(24).toString('base64');

/** The environment Strapi runs with in tests: fresh secrets, the given database, a known super admin. */
export async function testStrapiEnv(databaseUrl: string, port: number, workDir: string): Promise<NodeJS.ProcessEnv> {
  return baseEnv({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_KEYS: [secret(), secret()].join(','),
    ADMIN_JWT_SECRET: secret(),
    API_TOKEN_SALT: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    ADMIN_EMAIL: SUPER_ADMIN.email,
    ADMIN_PASSWORD: SUPER_ADMIN.password,
    PUBLIC_SITE_TOKEN_FILE: path.join(workDir, 'public-site-token'),
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'warn',
    // Sensitive actions need a password confirmed (or a sign-in) this recently; a long test file
    // signs in once. tests/integration/password-confirmation.test.ts sets the production figure.
    PASSWORD_CONFIRMATION_MINUTES: '240',
    // The dashboard's hourly scorecard job would write at a moment no test controls (a backup
    // compared with its restore would differ); tests record scorecards through the dashboard.
    DASHBOARD_SNAPSHOT_INTERVAL_MS: '0',
  });
}

export interface SeedResult {
  created: Record<string, number>;
  existing: Record<string, number>;
  totalCreated: number;
  token: 'created' | 'regenerated' | 'kept';
  seconds: number;
}

/** Runs the demo seed (cms/dist/scripts/seed.js) and returns its SEED_RESULT line. */
export async function runSeed(env: NodeJS.ProcessEnv): Promise<SeedResult> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'seed.js')], { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => {
      const line = output.split('\n').find((entry) => entry.startsWith('SEED_RESULT '));
      if (code !== 0 || !line) reject(new Error(`Seed exited with ${code}:\n${output.slice(-4000)}`));
      else resolve(JSON.parse(line.slice('SEED_RESULT '.length)) as SeedResult);
    });
  });
}

export interface StrapiSetup {
  port: number;
  env: NodeJS.ProcessEnv;
  /** Temporary folder for the public site's token file; removed by stop(). */
  workDir: string;
}

/** Everything a Strapi process (server or seed) of one test file needs, with fresh secrets. */
export async function prepareStrapi(databaseUrl: string): Promise<StrapiSetup> {
  const port = await freePort();
  const workDir = await mkdtemp(path.join(tmpdir(), 'commune-test-'));
  return { port, workDir, env: await testStrapiEnv(databaseUrl, port, workDir) };
}

export interface StrapiInstance {
  url: string;
  /** What the process has written so far (stdout and stderr, the last 1 MB). */
  output(): string;
  /** The public site's read-only token, once the seed has created it. */
  publicToken(): Promise<string>;
  stop(): Promise<void>;
}

export async function startStrapi(setup: StrapiSetup): Promise<StrapiInstance> {
  const service: Service = startService('strapi', node, [tools.strapi, 'start'], { cwd: cmsDir, env: setup.env });
  const url = `http://127.0.0.1:${setup.port}`;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-1_000_000);
  };
  service.child.stdout?.on('data', keep);
  service.child.stderr?.on('data', keep);
  try {
    await waitForHttp(`${url}/_health`, { timeoutMs: 120000, service, accept: (status) => status === 204 });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return {
    url,
    output: () => output,
    publicToken: async () => (await readFile(path.join(setup.workDir, 'public-site-token'), 'utf8')).trim(),
    async stop() {
      await service.stop();
      await rm(setup.workDir, { recursive: true, force: true });
    },
  };
}

/**
 * A production log (JSON lines, cms/src/domain/log-record.ts) as readable text: each JSON line
 * replaced by its message, other lines kept, so a test can look for a message with its quotes.
 */
export function logMessages(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{')) return line;
      try {
        const message = (JSON.parse(line) as { message?: unknown }).message;
        return typeof message === 'string' ? message : line;
      } catch {
        return line;
      }
    })
    .join('\n');
}
