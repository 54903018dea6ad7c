export default async function globalTeardown() {
  const server = globalThis.__COMMUNE_TEST_DB__;
  if (!server) return;
  globalThis.__COMMUNE_TEST_DB__ = undefined;
  await server.stop();
}
