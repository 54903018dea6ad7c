/**
 * `npm run typecheck`: strict TypeScript over every part, each with its own configuration
 * (scripts, Strapi server, Strapi admin, plugins, tests, Nuxt).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, frontendDir, repoRoot } from '../database/paths.ts';
import { pluginDirs } from './lib/build.ts';
import { run } from './lib/processes.ts';
import { baseEnv, node, tools } from './lib/tools.ts';

const env = baseEnv();
const tsc = (project: string) => run(node, [tools.tsc, '--noEmit', '-p', project], { env, cwd: repoRoot });

const checks: Array<[string, () => Promise<void>]> = [
  ['scripts and database', () => tsc('tsconfig.json')],
  ['tests', () => tsc('tsconfig.tests.json')],
  ['cms server', () => tsc(path.join(cmsDir, 'tsconfig.json'))],
  ['cms admin', () => tsc(path.join(cmsDir, 'src', 'admin', 'tsconfig.json'))],
];
for (const dir of await pluginDirs()) {
  checks.push([`plugin ${path.basename(dir)}`, () => tsc(path.join(dir, 'tsconfig.build.json'))]);
  if (existsSync(path.join(dir, 'admin', 'tsconfig.json'))) checks.push([`plugin ${path.basename(dir)} admin`, () => tsc(path.join(dir, 'admin', 'tsconfig.json'))]);
}
checks.push([
  'frontend',
  async () => {
    // Nuxt generates the tsconfig files vue-tsc needs.
    await run(node, [tools.nuxi, 'prepare'], { env, cwd: frontendDir });
    // -b: the Nuxt 4 tsconfig only references the app/server/shared projects; -p would check nothing.
    await run(node, [tools.vueTsc, '-b', '--noEmit'], { env, cwd: frontendDir });
  },
]);

let failed = 0;
for (const [name, check] of checks) {
  try {
    await check();
    console.log(`typecheck ${name}: ok`);
  } catch {
    failed += 1;
    console.error(`typecheck ${name}: FAILED`);
  }
}
if (failed > 0) process.exit(1);
