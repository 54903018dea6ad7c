/**
 * `npm test`: lint, type-check, build, then the Jest projects unit, integration and e2e, then the
 * user guide from the e2e walks' screenshots (when every walk ran).
 * Ends with one line `N passed, N failed` counted from Jest's JSON report (lint, type-check,
 * build and guide count as one check each), so a run that executed nothing is visible.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { dataDir, repoRoot } from '../database/paths.ts';
import { buildAll } from './lib/build.ts';
import { runsAllE2e } from './lib/jest-selection.ts';
import { run } from './lib/processes.ts';
import { baseEnv, node, tools } from './lib/tools.ts';

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numRuntimeErrorTestSuites: number;
  numFailedTestSuites: number;
  testResults: Array<{ name: string; startTime: number; endTime: number }>;
}

/** The slowest files of a run, to see where its time goes (CI has a time budget). */
const SLOWEST_SHOWN = 10;
let slowest = '';

const env = baseEnv({ NODE_ENV: 'test' });
const selected = process.argv.slice(2); // e.g. `npm test -- --selectProjects unit`
let passed = 0;
let failed = 0;

/** How long each stage took, printed at the end: where a slow run spent its time. */
const stageSeconds: Array<[string, number]> = [];

async function timed<Result>(name: string, action: () => Promise<Result>): Promise<Result> {
  const started = performance.now();
  try {
    return await action();
  } finally {
    stageSeconds.push([name, (performance.now() - started) / 1000]);
  }
}

async function step(name: string, action: () => Promise<void>): Promise<boolean> {
  console.log(`\n== ${name}`);
  try {
    await timed(name, action);
    passed += 1;
    return true;
  } catch (error) {
    console.error(`${name} failed: ${(error as Error).message}`);
    failed += 1;
    return false;
  }
}

await step('lint', () => run(node, [tools.eslint, '--max-warnings=0', '.'], { env, cwd: repoRoot }));
await step('typecheck', () => run(node, [path.join(repoRoot, 'scripts', 'typecheck.ts')], { env, cwd: repoRoot }));
const built = await step('build', () => buildAll());

const reportFile = path.join(dataDir, 'jest-report.json');
await mkdir(dataDir, { recursive: true });
await rm(reportFile, { force: true });
// The e2e walks save their screenshots here for the guide. Before a run of every walk the folder is
// emptied: last run's pictures would hide a walk that stopped taking one.
const screenshots = path.join(dataDir, 'screenshots');
const guideFollows = built && runsAllE2e(selected);
if (guideFollows) await rm(screenshots, { recursive: true, force: true });
console.log('\n== jest');
let jestFailed = false;
try {
  // In band: integration and e2e files each boot Strapi, which two cores cannot run side by side.
  const only = built ? selected : ['--selectProjects', 'unit', ...selected];
  await timed('jest', () => run(node, [tools.jest, '--runInBand', '--json', `--outputFile=${reportFile}`, ...only], { env: { ...env, E2E_SCREENSHOTS: screenshots }, cwd: repoRoot }));
} catch {
  jestFailed = true;
}
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as JestReport;
  passed += report.numPassedTests;
  // A suite that crashed before its tests ran counts as a failure too.
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped = report.numPendingTests;
  slowest = [...report.testResults]
    .sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))
    .slice(0, SLOWEST_SHOWN)
    .map((file) => `${path.relative(repoRoot, file.name)} ${((file.endTime - file.startTime) / 1000).toFixed(0)} s`)
    .join(', ');
  if (jestFailed && report.numFailedTests === 0 && report.numRuntimeErrorTestSuites === 0) failed += report.numFailedTestSuites || 1;
} else {
  failed += 1;
}
// Fails, listing them, when a picture the guide shows was not taken: the guide cannot drift from the product.
if (guideFollows) {
  await step('guide', () => run(node, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', path.join(repoRoot, 'scripts', 'guide.ts'), '--screenshots', screenshots], { env, cwd: repoRoot }));
}
if (slowest) console.log(`\nslowest test files: ${slowest}`);
console.log(`\n${stageSeconds.map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
