/**
 * Strict TypeScript over every part, each with its own configuration (scripts, tests, Strapi
 * server, Strapi admin, plugins, Nuxt): `npm run typecheck` runs them all; `npm test` runs the
 * site's check apart, after the build (scripts/test.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cmsDir, dataDir, frontendDir, repoRoot } from '../../database/paths.ts';
import { pluginDirs } from './build.ts';
import { run } from './processes.ts';
import { baseEnv, node, tools } from './tools.ts';

export interface TypeCheck {
  name: string;
  check(): Promise<void>;
}

const env = baseEnv();
/**
 * Incremental: what tsc learnt of a project is kept in .data/tsc, so a second check reads only
 * the files that changed (`npm run check` after an edit: seconds, not a minute).
 */
const tsc = (project: string) => {
  const name = path
    .relative(repoRoot, project)
    .replace(/[/\\]/g, '_')
    .replace(/\.json$/, '');
  const buildInfo = path.join(dataDir, 'tsc', `${name}.tsbuildinfo`);
  return run(node, [tools.tsc, '--noEmit', '--incremental', '--tsBuildInfoFile', buildInfo, '-p', project], { env, cwd: repoRoot });
};

/** The checks of everything but the Nuxt site. */
export async function codeChecks(): Promise<TypeCheck[]> {
  const checks: TypeCheck[] = [
    { name: 'scripts and database', check: () => tsc('tsconfig.json') },
    { name: 'tests', check: () => tsc('tsconfig.tests.json') },
    { name: 'cms server', check: () => tsc(path.join(cmsDir, 'tsconfig.json')) },
    { name: 'cms admin', check: () => tsc(path.join(cmsDir, 'src', 'admin', 'tsconfig.json')) },
    // Every plugin's server and shared code in one program (the options of their identical
    // tsconfig.build.json): 6.5 s, where one tsc per plugin took 42 s, each loading Strapi's types.
    { name: 'plugins', check: () => tsc(path.join(repoRoot, 'plugins', 'tsconfig.check.json')) },
  ];
  for (const dir of await pluginDirs()) {
    const admin = path.join(dir, 'admin', 'tsconfig.json');
    if (existsSync(admin)) checks.push({ name: `plugin ${path.basename(dir)} admin`, check: () => tsc(admin) });
  }
  return checks;
}

/**
 * The Nuxt site's check. `nuxi prepare` writes frontend/.nuxt, as `nuxi build` does: the two must
 * not run at once.
 */
export const siteCheck: TypeCheck = {
  name: 'frontend',
  async check() {
    // Nuxt generates the tsconfig files vue-tsc needs.
    await run(node, [tools.nuxi, 'prepare'], { env, cwd: frontendDir });
    // -b: the Nuxt 4 tsconfig only references the app/server/shared projects; -p would check nothing.
    await run(node, [tools.vueTsc, '-b', '--noEmit'], { env, cwd: frontendDir });
  },
};

/** Runs every check, one after the other (each tsc is one core's work); throws when any failed. */
export async function runTypeChecks(checks: TypeCheck[]): Promise<void> {
  const failed: string[] = [];
  for (const { name, check } of checks) {
    try {
      await check();
      console.log(`typecheck ${name}: ok`);
    } catch {
      failed.push(name);
      console.error(`typecheck ${name}: FAILED`);
    }
  }
  if (failed.length > 0) throw new Error(`type errors in ${failed.join(', ')}`);
}
