/**
 * A database with the demo seed for a test file, copied from one seeded template per Jest run.
 * Seeding takes about half a minute; `CREATE DATABASE … TEMPLATE` copies its result in about a
 * second, and every file still gets a database of its own to change as it likes.
 *
 * What the seed leaves outside the database comes along: the public site's token (its hash in
 * the database needs the template's API_TOKEN_SALT) and ENCRYPTION_KEY. Uploaded files are in
 * cms/public/uploads, shared by every test database.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './database';
import { prepareStrapi, runSeed, type SeedResult, type StrapiSetup } from './strapi';

interface SeedTemplate {
  database: string;
  apiTokenSalt: string;
  encryptionKey: string;
  token: string;
  /** What the seed said when it filled the empty template: its first run. */
  firstRun: SeedResult;
}

function templateFile(): string {
  const file = process.env.TEST_SEED_TEMPLATE_FILE;
  if (!file) throw new Error('TEST_SEED_TEMPLATE_FILE is not set: run these tests through Jest (its global setup names it)');
  return file;
}

/** Any number, the same in every process: the advisory lock the template's seeding holds. */
const SEEDING_LOCK = 4_242_001;

const readTemplate = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as SeedTemplate;

/**
 * The run's template, seeded by the first test file that asks. Two Jest processes of one run
 * (scripts/test.ts) share it: whichever asks first seeds under a PostgreSQL advisory lock, and the
 * other waits for the lock and finds the template made.
 */
async function seedTemplate(): Promise<SeedTemplate> {
  const file = templateFile();
  if (existsSync(file)) return readTemplate(file);
  const lock = new pg.Client({ connectionString: process.env.TEST_DATABASE_SERVER_URL });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SEEDING_LOCK]);
    if (existsSync(file)) return await readTemplate(file);
    return await seedNewTemplate(file);
  } finally {
    // Ending the session releases the lock.
    await lock.end();
  }
}

async function seedNewTemplate(file: string): Promise<SeedTemplate> {
  const db = await createTestDatabase('seed_template');
  const setup = await prepareStrapi(db.url);
  const firstRun = await runSeed(setup.env);
  const template: SeedTemplate = {
    database: new URL(db.url).pathname.slice(1),
    apiTokenSalt: String(setup.env.API_TOKEN_SALT),
    encryptionKey: String(setup.env.ENCRYPTION_KEY),
    token: (await readFile(path.join(setup.workDir, 'public-site-token'), 'utf8')).trim(),
    firstRun,
  };
  await rm(setup.workDir, { recursive: true, force: true });
  await writeFile(file, JSON.stringify(template));
  return template;
}

/** A fresh database with the demo seed, and the Strapi setup that can read its public token. */
export async function createSeededDatabase(label: string): Promise<{ db: TestDatabase; setup: StrapiSetup; firstSeed: SeedResult }> {
  const template = await seedTemplate();
  const db = await createTestDatabase(label, { template: template.database });
  const setup = await prepareStrapi(db.url);
  setup.env.API_TOKEN_SALT = template.apiTokenSalt;
  setup.env.ENCRYPTION_KEY = template.encryptionKey;
  await writeFile(path.join(setup.workDir, 'public-site-token'), template.token);
  return { db, setup, firstSeed: template.firstRun };
}
