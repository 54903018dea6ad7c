/**
 * Demo data: three communes with news, documents, procedures, officials, contacts, introduction
 * pages and site settings, plus the public site's read-only API token. Idempotent.
 *
 * Run through `npm run seed` (which starts the database and builds first); compiled by Strapi's
 * build to dist/scripts/seed.js. Prints one line `SEED_RESULT {json}` for scripts and tests.
 */
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { ensurePublicSiteToken } from './seed/api-token';
import { loadDemoCommunes } from './seed/content/load';
import { SeedTally, seedCommune } from './seed/seed-commune';

async function main(): Promise<void> {
  // Compiled location: cms/dist/scripts/seed.js
  const distDir = path.resolve(__dirname, '..');
  const appDir = path.resolve(distDir, '..');
  // The content is read from the sources (cms/scripts/seed/content), checked before Strapi starts.
  const demoCommunes = loadDemoCommunes(path.join(appDir, 'scripts', 'seed', 'content'));
  const strapi = await createStrapi({ appDir, distDir }).load();
  strapi.log.level = 'warn';
  const started = Date.now();
  const tally = new SeedTally();
  try {
    // Demo content goes on the sites directly: the seed is a trusted script, so it runs with the
    // editorial board's script authority, and every publish is logged as an import.
    const board = strapi.plugin('editorial-board').service('authority') as {
      runAsScript<T>(reason: string, work: () => Promise<T>): Promise<T>;
    };
    await board.runAsScript('Dữ liệu mẫu (npm run seed)', async () => {
      for (const demo of demoCommunes) {
        await seedCommune(strapi, demo, tally);
        console.log(`Seeded ${demo.commune.name}`);
      }
    });
    const token = await ensurePublicSiteToken(strapi, process.env.PUBLIC_SITE_TOKEN_FILE);
    // The whole index, rebuilt from what is live: deterministic, whatever the seed changed.
    const indexer = strapi.plugin('portal-search').service('indexer') as { reindex(communeId?: number): Promise<number> };
    const searchIndexed = await indexer.reindex();
    const result = {
      created: tally.created,
      existing: tally.existing,
      totalCreated: tally.totalCreated,
      token,
      searchIndexed,
      seconds: (Date.now() - started) / 1000,
    };
    console.log(`SEED_RESULT ${JSON.stringify(result)}`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
