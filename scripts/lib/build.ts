/**
 * Builds what has changed since the last build: our plugins (tsc), the Strapi app (server
 * TypeScript and admin panel) and the Nuxt site. A content hash of each part's sources is kept
 * in .data/build-stamps, so `npm start` on an unchanged checkout starts at once.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cmsDir, dataDir, frontendDir, repoRoot } from '../../database/paths.ts';
import { writeAnswerTypes } from './answer-types.ts';
import { run } from './processes.ts';
import { baseEnv, node, tools } from './tools.ts';

const IGNORED = new Set(['node_modules', 'dist', '.nuxt', '.output', '.strapi', '.cache', '.tmp', 'build', 'public', '__tests__']);
const stampsDir = path.join(dataDir, 'build-stamps');

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const info = await stat(dir);
  if (info.isFile()) return [dir];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function hashOf(inputs: string[]): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(inputs.map(listFiles))).flat().sort();
  for (const file of files) {
    hash.update(path.relative(repoRoot, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

interface Stamp {
  name: string;
  file: string;
  hash: string;
}

/** The stamp of `name`, or null when its inputs hash to the stamp left by the last build and every output exists. */
async function staleStamp(name: string, inputs: string[], outputs: string[], force: boolean): Promise<Stamp | null> {
  const file = path.join(stampsDir, `${name}.sha256`);
  const hash = await hashOf(inputs);
  const previous = existsSync(file) ? (await readFile(file, 'utf8')).trim() : '';
  if (!force && previous === hash && outputs.every((output) => existsSync(output))) return null;
  return { name, file, hash };
}

async function writeStamp(stamp: Stamp): Promise<void> {
  await mkdir(stampsDir, { recursive: true });
  await writeFile(stamp.file, `${stamp.hash}\n`);
}

/** Runs `build` unless the inputs hash to the stamp left by the last successful build. */
async function buildIfChanged(
  name: string,
  inputs: string[],
  outputs: string[],
  build: () => Promise<void>,
  force: boolean,
): Promise<boolean> {
  const stamp = await staleStamp(name, inputs, outputs, force);
  if (!stamp) return false;
  const started = Date.now();
  console.log(`Building ${name}…`);
  await build();
  await writeStamp(stamp);
  console.log(`Built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

export async function pluginDirs(): Promise<string[]> {
  const root = path.join(repoRoot, 'plugins');
  const entries = await readdir(root, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(root, entry.name));
}

/**
 * The plugins whose sources changed, compiled by one `tsc -b` process: 10 s for all ten, where one
 * tsc per plugin took 42 s, each loading Strapi's types again. `--force`: the stamps decided.
 */
export async function buildPlugins(force = false): Promise<void> {
  const stale: Array<{ dir: string; stamp: Stamp }> = [];
  for (const dir of await pluginDirs()) {
    const stamp = await staleStamp(
      `plugin-${path.basename(dir)}`,
      [path.join(dir, 'server'), path.join(dir, 'shared'), path.join(dir, 'tsconfig.build.json'), path.join(repoRoot, 'tsconfig.json')],
      [path.join(dir, 'dist')],
      force,
    );
    if (stamp) stale.push({ dir, stamp });
  }
  if (stale.length === 0) return;
  const started = Date.now();
  console.log(`Building ${stale.map(({ stamp }) => stamp.name).join(', ')}…`);
  await run(node, [tools.tsc, '-b', '--force', ...stale.map(({ dir }) => path.join(dir, 'tsconfig.build.json'))], { env: baseEnv() });
  for (const { stamp } of stale) await writeStamp(stamp);
  console.log(`Built ${stale.length} plugins in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Keeps the committed content-type typings (cms/types/generated) in step with the schemas. They
 * are generated aside and copied only when they differ: Strapi rewrites them every time, and
 * `npm test` type-checks the CMS while it builds (scripts/test.ts).
 */
async function updateGeneratedTypes(): Promise<void> {
  const aside = path.join(cmsDir, '.tmp', 'generated-types');
  await rm(aside, { recursive: true, force: true });
  await run(node, [tools.strapi, 'ts:generate-types', '--out-dir', path.relative(cmsDir, aside)], {
    cwd: cmsDir,
    env: baseEnv({ STRAPI_LOG_LEVEL: 'warn' }),
  });
  const committed = path.join(cmsDir, 'types', 'generated');
  await mkdir(committed, { recursive: true });
  for (const file of await readdir(path.join(aside, 'generated'))) {
    const fresh = await readFile(path.join(aside, 'generated', file));
    const target = path.join(committed, file);
    if (!existsSync(target) || !fresh.equals(await readFile(target))) await writeFile(target, fresh);
  }
  await rm(aside, { recursive: true, force: true });
}

export async function buildCms(force = false): Promise<void> {
  const plugins = await pluginDirs();
  await buildIfChanged(
    'cms',
    [
      path.join(cmsDir, 'src'),
      path.join(cmsDir, 'config'),
      path.join(cmsDir, 'scripts'),
      path.join(cmsDir, 'tsconfig.json'),
      path.join(cmsDir, 'package.json'),
      // The admin shows docs/security-rules.vi.md and the guide in docs/guide, and the plugins'
      // admin code imports their shared/. Other files in docs/ (ARCHITECTURE.md) are not built in.
      path.join(repoRoot, 'docs', 'security-rules.vi.md'),
      path.join(repoRoot, 'docs', 'guide'),
      ...plugins.flatMap((dir) => [path.join(dir, 'admin'), path.join(dir, 'shared'), path.join(dir, 'package.json')]),
    ],
    [path.join(cmsDir, 'dist', 'build', 'index.html'), path.join(cmsDir, 'dist', 'src', 'index.js')],
    async () => {
      await run(node, [tools.strapi, 'build'], { cwd: cmsDir, env: baseEnv({ NODE_ENV: 'production' }) });
      await updateGeneratedTypes();
    },
    force,
  );
}

export async function buildFrontend(force = false): Promise<void> {
  // The site's Strapi answer types follow the schemas (milliseconds; written only when they
  // differ, as `npm test` type-checks the site while it builds). Before the hash, so a change rebuilds.
  const answers = await writeAnswerTypes(repoRoot);
  if (answers.changed) console.log(`Updated ${answers.file} from the content-type schemas`);
  await buildIfChanged(
    'frontend',
    [frontendDir, ...(await pluginDirs()).map((dir) => path.join(dir, 'shared'))],
    [path.join(frontendDir, '.output', 'server', 'index.mjs')],
    () => run(node, [tools.nuxi, 'build'], { cwd: frontendDir, env: baseEnv({ NODE_ENV: 'production' }) }),
    force,
  );
}

export async function buildAll(force = false): Promise<void> {
  await buildPlugins(force);
  await buildCms(force);
  await buildFrontend(force);
}
