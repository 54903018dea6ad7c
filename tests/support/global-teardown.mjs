// Stops what the global setup started (./run-database.ts): nothing when `npm test` started it.
export default async function globalTeardown() {
  const database = globalThis.__COMMUNE_TEST_DB__;
  if (!database) return;
  globalThis.__COMMUNE_TEST_DB__ = undefined;
  await database.stop();
}
