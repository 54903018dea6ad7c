import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder upwards from the working directory whose package.json
 * is this project's. (Not import.meta: these modules are also loaded by Jest as CommonJS.)
 */
function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'commune-portal') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Run this from inside the commune-portal repository (looked upwards from ${start})`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot(process.env.COMMUNE_REPO_ROOT ?? process.cwd());
/** Git-ignored folder for everything a running installation writes: database files, secrets, build stamps. */
export const dataDir = path.join(repoRoot, '.data');
export const cmsDir = path.join(repoRoot, 'cms');
export const frontendDir = path.join(repoRoot, 'frontend');
export const migrationsDir = path.join(repoRoot, 'database', 'migrations');
