import { existsSync, readFileSync, rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__COMMUNE_TEST_DB__;
  if (!server) return;
  globalThis.__COMMUNE_TEST_DB__ = undefined;
  // The run's seeded template (tests/support/seeded.ts): its database and the file naming it.
  const templateFile = process.env.TEST_SEED_TEMPLATE_FILE;
  if (templateFile && existsSync(templateFile)) {
    const { database } = JSON.parse(readFileSync(templateFile, 'utf8'));
    const { dropDatabase } = await import('../../database/prepare.ts');
    await dropDatabase(server.urlFor(database)).catch((error) => console.warn(`Could not drop ${database}: ${error.message}`));
    rmSync(templateFile, { force: true });
  }
  await server.stop();
}
