// Jest global setup for the integration and e2e projects: one PostgreSQL server for the whole run
// (./run-database.ts). Every test file then creates its own fresh database on it. Plain ESM so
// that Node loads the .ts modules natively.
export default async function globalSetup() {
  if (globalThis.__COMMUNE_TEST_DB__) return; // both projects share one server
  // `npm test` running two Jest processes started the server for both (scripts/test.ts).
  if (process.env.TEST_DATABASE_SERVER_URL && process.env.TEST_SEED_TEMPLATE_FILE) return;
  process.env.COMMUNE_REPO_ROOT ??= process.cwd();
  const { startRunDatabase } = await import('./run-database.ts');
  const database = await startRunDatabase();
  globalThis.__COMMUNE_TEST_DB__ = database;
  // Test files read these (workers inherit the environment).
  Object.assign(process.env, database.env);
}
