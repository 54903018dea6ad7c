// Jest global setup for the integration and e2e projects: one PostgreSQL server for the whole run
// (the embedded one in .data/test-postgres-<port>, or the server of DATABASE_URL). Every test file then
// creates its own fresh database on it. Plain ESM so that Node loads the .ts modules natively.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default async function globalSetup() {
  if (globalThis.__COMMUNE_TEST_DB__) return; // both projects share one server
  process.env.COMMUNE_REPO_ROOT ??= process.cwd();
  const { startDatabaseServer } = await import('../../database/server.ts');
  const { dataDir } = await import('../../database/paths.ts');
  const port = Number(process.env.TEST_PG_PORT ?? 5489);
  // One cluster per port, so that two test runs on one machine (TEST_PG_PORT) never share files.
  const server = await startDatabaseServer({ clusterDir: path.join(dataDir, `test-postgres-${port}`), port });
  globalThis.__COMMUNE_TEST_DB__ = server;
  // Test files read this to create their databases (workers inherit the environment).
  process.env.TEST_DATABASE_SERVER_URL = server.urlFor('postgres');
  // Names the run's seeded template database once the first file has made it (tests/support/seeded.ts).
  process.env.TEST_SEED_TEMPLATE_FILE = path.join(tmpdir(), `commune-seed-template-${process.pid}-${randomBytes(4).toString('hex')}.json`);
}
