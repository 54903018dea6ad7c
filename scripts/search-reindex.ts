/** `npm run search:reindex [-- --commune <slug>]`: starts the database if needed, builds, rebuilds the search index. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cmsDir } from '../database/paths.ts';
import { prepareDatabase } from '../database/prepare.ts';
import { startDatabaseServer } from '../database/server.ts';
import { buildCms, buildPlugins } from './lib/build.ts';
import { strapiEnv } from './lib/stack.ts';
import { node } from './lib/tools.ts';

const database = await startDatabaseServer();
let code: number;
try {
  await prepareDatabase(database.mainUrl);
  await buildPlugins();
  await buildCms();
  const env = await strapiEnv(database.mainUrl, Number(process.env.CMS_PORT ?? 1337));
  code = await new Promise<number>((resolve, reject) => {
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'reindex.js'), ...process.argv.slice(2)], {
      cwd: cmsDir,
      env,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
