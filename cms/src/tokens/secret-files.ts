/**
 * Where a new public token's secret is kept: the launcher's token file (the secret alone), or an
 * environment file of the site processes (`NUXT_STRAPI_TOKEN=…`, other lines kept). Both are
 * written to a temporary file first (mode 0600 whatever the umask) and renamed over the old one,
 * so a reader never sees half a secret and an old file's looser mode never survives.
 */
import { existsSync } from 'node:fs';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';

export const SITE_TOKEN_VARIABLE = 'NUXT_STRAPI_TOKEN';

export interface StagedFile {
  path: string;
  /** Moves the staged content into place. */
  commit(): Promise<void>;
  /** Removes the staged content (the transaction it belonged to failed). */
  discard(): Promise<void>;
}

async function stage(file: string, content: string): Promise<StagedFile> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await chmod(temporary, 0o600);
  return {
    path: file,
    commit: () => rename(temporary, file),
    discard: () => rm(temporary, { force: true }),
  };
}

/** The token file `npm start` reads: the secret and a newline. */
export function stageTokenFile(file: string, secret: string): Promise<StagedFile> {
  return stage(file, `${secret}\n`);
}

/** An env file (systemd EnvironmentFile, docker --env-file) with its NUXT_STRAPI_TOKEN line replaced or added. */
export async function stageEnvFile(file: string, secret: string): Promise<StagedFile> {
  const line = `${SITE_TOKEN_VARIABLE}=${secret}`;
  const existing = existsSync(file) ? (await readFile(file, 'utf8')).split(/\r?\n/) : [];
  if (existing[existing.length - 1] === '') existing.pop();
  const pattern = new RegExp(`^\\s*(export\\s+)?${SITE_TOKEN_VARIABLE}\\s*=`);
  const replaced = existing.some((entry) => pattern.test(entry));
  const lines = replaced ? existing.map((entry) => (pattern.test(entry) ? line : entry)) : [...existing, line];
  return stage(file, `${lines.join('\n')}\n`);
}
