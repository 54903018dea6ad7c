/**
 * `npm test`: lint and type-check beside the build, the site's type-check, then the Jest projects
 * unit, integration and e2e, then the user guide from the e2e walks' screenshots (when every walk
 * ran).
 * Ends with one line `N passed, N failed` counted from Jest's JSON report (lint, the two
 * type-checks, build and guide count as one check each), so a run that executed nothing is visible.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { dataDir, repoRoot } from '../database/paths.ts';
import { buildAll } from './lib/build.ts';
import { runsAllE2e } from './lib/jest-selection.ts';
import { codeChecks, runTypeChecks, siteCheck } from './lib/typecheck.ts';
import { run } from './lib/processes.ts';
import { baseEnv, node, tools } from './lib/tools.ts';
import { startRunDatabase } from '../tests/support/run-database.ts';

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

// Lint and type-check beside the build: each tsc, and most of the build, keeps one core busy, and
// the two cores would otherwise take turns (lint 13 s + type-check 90 s + build 124 s in CI). The
// site's type-check waits for the build: both write frontend/.nuxt.
const [, built] = await Promise.all([
  (async () => {
    await step('lint', async () => {
      await run(node, [tools.eslint, '--max-warnings=0', '.'], { env, cwd: repoRoot });
      await run(node, [tools.prettier, '--check', '--log-level=warn', '.'], { env, cwd: repoRoot });
    });
    await step('typecheck', async () => runTypeChecks(await codeChecks()));
  })(),
  step('build', () => buildAll()),
]);
await step('typecheck site', () => runTypeChecks([siteCheck]));

// The e2e walks save their screenshots here for the guide. Before a run of every walk the folder is
// emptied: last run's pictures would hide a walk that stopped taking one.
const screenshots = path.join(dataDir, 'screenshots');
const guideFollows = built && runsAllE2e(selected);
if (guideFollows) await rm(screenshots, { recursive: true, force: true });
await mkdir(dataDir, { recursive: true });

/**
 * A second Jest process runs beside the main one when the whole e2e project runs. With one
 * process, the two cores were 53–83 % busy (one file at a time waits on Strapi, Strapi on
 * PostgreSQL, a page on the browser). The second process takes:
 * - the files that mostly wait: fault-tolerance (five of its six minutes are the issue's Strapi
 *   outage) and the two-factor integration file (107 s, of which 26 s of CPU: new 30-s code steps);
 * - the integration files of moderate work (about 520 s in all), which then use the idle core.
 * The main one keeps the e2e files (a browser, the site and Strapi each: more than a core) and the
 * busiest integration files (the tenancy matrix, the editorial board, backups, provisioning,
 * uploads) and the login timing test, whose measure wants no neighbour. Two of the busiest side by
 * side each took about twice as long (editorial-board e2e 129 s → 280 s, the tenancy matrix
 * 147 s → 344 s), which saves nothing and nears Jest's hook timeouts. Both processes use one
 * PostgreSQL server and one seeded template, started here.
 */
const SIDE_LANE_FILES = [
  'tests/e2e/fault-tolerance.test.ts',
  'tests/integration/two-factor.test.ts',
  ...[
    'api-tokens',
    'audit-trail',
    'citizen-voice',
    'commune-slugs',
    'document-validation',
    'editorial-notifications',
    'editorial-reports',
    'http-hardening',
    'law-sections',
    'leaders-and-document-relations',
    'maintenance-windows',
    'media-s3',
    'password-confirmation',
    'password-policy',
    'province-dashboard',
    'province-it-admin',
    'search-api',
    'search-relevance',
    'seed-and-content-api',
    'site-governance',
  ].map((name) => `tests/integration/${name}.test.ts`),
];
// A renamed or removed file would otherwise move back to the main process unnoticed.
const missingSideFiles = SIDE_LANE_FILES.filter((file) => !existsSync(path.join(repoRoot, file)));
if (missingSideFiles.length > 0) throw new Error(`scripts/test.ts names test files that do not exist: ${missingSideFiles.join(', ')}`);
const sideLaneRegex = `(${SIDE_LANE_FILES.map((file) => file.replace(/[.]/g, '\\.')).join('|')})$`;

interface Lane {
  name: string;
  args: string[];
}

// Each lane runs in band: integration and e2e files each boot Strapi, and two cores cannot run
// more than two of them side by side. A selection of the side lane's projects with none of its
// files passes with no tests.
const lanes: Lane[] = !built
  ? [{ name: 'main', args: ['--selectProjects', 'unit', ...selected] }]
  : guideFollows
    ? [
        { name: 'main', args: [...selected, `--testPathPatterns=^(?!.*${sideLaneRegex})`] },
        { name: 'side', args: [...selected, `--testPathPatterns=${sideLaneRegex}`, '--passWithNoTests'] },
      ]
    : [{ name: 'main', args: selected }];
const runDatabase = lanes.length > 1 ? await startRunDatabase() : null;
const jestEnv = { ...env, ...runDatabase?.env, E2E_SCREENSHOTS: screenshots };

console.log('\n== jest');
const reports = await timed('jest', () =>
  Promise.all(
    lanes.map(async (lane) => {
      const reportFile = path.join(dataDir, `jest-report-${lane.name}.json`);
      await rm(reportFile, { force: true });
      let laneFailed = false;
      try {
        await run(node, [tools.jest, '--runInBand', '--json', `--outputFile=${reportFile}`, ...lane.args], { env: jestEnv, cwd: repoRoot });
      } catch {
        laneFailed = true;
      }
      const report = existsSync(reportFile) ? (JSON.parse(await readFile(reportFile, 'utf8')) as JestReport) : null;
      return { report, laneFailed };
    }),
  ),
);
await runDatabase?.stop();
let skipped = 0;
for (const { report, laneFailed } of reports) {
  if (!report) {
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  // A suite that crashed before its tests ran counts as a failure too.
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped += report.numPendingTests;
  if (laneFailed && report.numFailedTests === 0 && report.numRuntimeErrorTestSuites === 0) failed += report.numFailedTestSuites || 1;
}
const slowest = reports
  .flatMap(({ report }) => report?.testResults ?? [])
  .sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))
  .slice(0, SLOWEST_SHOWN)
  .map((file) => `${path.relative(repoRoot, file.name)} ${((file.endTime - file.startTime) / 1000).toFixed(0)} s`)
  .join(', ');
// Fails, listing them, when a picture the guide shows was not taken: the guide cannot drift from the product.
if (guideFollows) {
  await step('guide', () =>
    run(
      node,
      ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', path.join(repoRoot, 'scripts', 'guide.ts'), '--screenshots', screenshots],
      { env, cwd: repoRoot },
    ),
  );
}
if (slowest) console.log(`\nslowest test files: ${slowest}`);
console.log(`\n${stageSeconds.map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
