/**
 * Strapi refuses to start without its secrets. In production they come from the environment;
 * on a developer's machine they are generated once into .data/secrets.env (mode 0600), so that
 * `npm start` works on a fresh clone and sessions survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '../../database/paths.ts';

const SECRETS_FILE = path.join(dataDir, 'secrets.env');

const random = (bytes = 24): string => randomBytes(bytes).toString('base64');

function generate(): Record<string, string> {
  return {
    APP_KEYS: [random(), random(), random(), random()].join(','),
    ADMIN_JWT_SECRET: random(32),
    API_TOKEN_SALT: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(32),
    ENCRYPTION_KEY: random(32),
    // Signs preview links (README "Preview"); without it they are signed with a key derived from ADMIN_JWT_SECRET.
    PREVIEW_SECRET: random(32),
  };
}

export function parseEnvFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) result[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
  return result;
}

/**
 * Secrets from .data/secrets.env (created if missing), overridden by the real environment. In
 * production nothing is generated or read from the file: the environment must carry them, and
 * Strapi refuses to start otherwise (cms/src/bootstrap/production-check.ts).
 */
export async function loadSecrets(): Promise<Record<string, string>> {
  if (process.env.NODE_ENV === 'production') return {};
  if (!existsSync(SECRETS_FILE)) {
    await mkdir(dataDir, { recursive: true });
    const lines = Object.entries(generate()).map(([key, value]) => `${key}=${value}`);
    await writeFile(SECRETS_FILE, `# Generated for this machine by npm start. Never commit.\n${lines.join('\n')}\n`, { mode: 0o600 });
  }
  const fromFile = parseEnvFile(await readFile(SECRETS_FILE, 'utf8'));
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries(fromFile)) merged[key] = process.env[key] ?? value;
  return merged;
}
