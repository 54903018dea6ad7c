/**
 * The public site's token as the launcher sees it: is the secret in the token file the current,
 * unexpired token of this database? `npm start` asks before starting the site, and rotates the
 * token when it is not (a developer machine started after months, a token file from another
 * database), so that the site never starts with a token Strapi answers 401.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { cmsDir } from '../../database/paths.ts';
import { node } from './tools.ts';

/** Same values as PUBLIC_TOKEN_NAME (cms/src/bootstrap/public-token.ts) and RENEW_WITHIN_DAYS (cms/src/domain/token-lifetime.ts); a unit test checks. */
export const PUBLIC_TOKEN_NAME = 'Trang công khai (chỉ đọc)';
export const RENEW_WITHIN_DAYS = 14;

export type TokenFileState = 'valid' | 'no-file' | 'unknown' | 'replaced' | 'no-expiry' | 'expired' | 'expiring';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Strapi stores HMAC-SHA512(API_TOKEN_SALT, secret) in hex (hash() in @strapi/admin's api-token service). */
export const accessKeyHash = (salt: string, secret: string): string => createHmac('sha512', salt).update(secret).digest('hex');

export function stateOf(row: { name: string; expires_at: Date | null } | undefined, now: Date): TokenFileState {
  if (!row) return 'unknown';
  if (row.name !== PUBLIC_TOKEN_NAME) return 'replaced';
  if (row.expires_at === null) return 'no-expiry';
  const left = row.expires_at.getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left <= RENEW_WITHIN_DAYS * DAY_MS ? 'expiring' : 'valid';
}

export async function tokenFileState(databaseUrl: string, salt: string, file: string, now = new Date()): Promise<TokenFileState> {
  if (!existsSync(file)) return 'no-file';
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret === '') return 'no-file';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ name: string | null }>("SELECT to_regclass('public.strapi_api_tokens') AS name");
    if (!table.rows[0]?.name) return 'unknown';
    const rows = await client.query<{ name: string; expires_at: Date | null }>(
      'SELECT name, expires_at FROM strapi_api_tokens WHERE access_key = $1',
      [accessKeyHash(salt, secret)],
    );
    return stateOf(rows.rows[0], now);
  } finally {
    await client.end();
  }
}

const REASONS: Record<Exclude<TokenFileState, 'valid'>, string> = {
  'no-file': 'is not on this machine',
  unknown: 'in the token file is not one of this database',
  replaced: 'in the token file has been replaced',
  'no-expiry': 'never expires (made before tokens expired)',
  expired: 'has expired',
  expiring: `expires within ${RENEW_WITHIN_DAYS} days`,
};

/** Runs cms/dist/scripts/rotate-token.js (`npm run token:rotate` after its preparations). */
export function runRotation(
  env: NodeJS.ProcessEnv,
  args: string[],
  stdio: StdioOptions = 'inherit',
): Promise<{ code: number; secret: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'rotate-token.js'), ...args], { cwd: cmsDir, env, stdio });
    let secret = '';
    let stdout = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => (secret += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), secret: secret.trim(), stdout }));
  });
}

/** `npm start`: a token file that would not work (or soon would not) is replaced before the site starts. */
export async function renewPublicTokenIfDue(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<void> {
  const file = env.PUBLIC_SITE_TOKEN_FILE;
  const salt = env.API_TOKEN_SALT;
  if (!file || !salt) throw new Error('PUBLIC_SITE_TOKEN_FILE and API_TOKEN_SALT are needed to check the public site token');
  const state = await tokenFileState(databaseUrl, salt, file);
  if (state === 'valid') return;
  console.log(`The public site token ${REASONS[state]}: replacing it (as \`npm run token:rotate\` does)…`);
  const { code, stdout } = await runRotation({ STRAPI_LOG_LEVEL: 'warn', ...env }, [], ['ignore', 'pipe', 'inherit']);
  if (code !== 0) throw new Error(`Replacing the public site token failed (exit code ${code}):\n${stdout}`);
  // What was done, not the command's advice to restart `npm start`: it is starting the site now.
  for (const line of stdout.split('\n').filter((entry) => entry.startsWith('✓'))) console.log(line);
}
