/**
 * `npm run db:migrate [-- --env /etc/commune-portal/cms.env]` — applies database/migrations to the
 * production database (DATABASE_URL, from the environment or the file; default
 * /etc/commune-portal/cms.env when it exists). Idempotent: run it at install and at every
 * upgrade, before the CMS processes start (README "Production"). `npm start` does it by itself.
 */
import { existsSync } from 'node:fs';
import { redact } from '../database/connection.ts';
import { applyMigrations } from '../database/prepare.ts';
import { readEnvFile } from './lib/env-file.ts';

const at = process.argv.indexOf('--env');
const file = at >= 0 ? (process.argv[at + 1] ?? '') : '/etc/commune-portal/cms.env';
const url = process.env.DATABASE_URL ?? (existsSync(file) ? (await readEnvFile(file)).DATABASE_URL : undefined);
if (!url) {
  console.error(`DATABASE_URL is not set (nor in ${file}).`);
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied to ${redact(url)}: ${applied.join(', ')}` : `${redact(url)} is up to date.`);
