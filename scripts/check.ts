/**
 * `npm run check`: the quick check before a commit — lint, formatting, type-check and the unit
 * tests side by side, each one's output shown when it ends, then one line per part. No build, no Strapi, no
 * browser: `npm test` runs those. ESLint and tsc keep what they learnt in .data (ESLint's cache,
 * tsc's build info), so a check after an edit reads only what changed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { dataDir, repoRoot } from '../database/paths.ts';
import { baseEnv, node, tools } from './lib/tools.ts';

interface Part {
  name: string;
  args: string[];
}

const PARTS: Part[] = [
  { name: 'lint', args: [tools.eslint, '--max-warnings=0', '--cache', '--cache-location', path.join(dataDir, 'eslintcache'), '.'] },
  {
    name: 'format',
    args: [tools.prettier, '--check', '--log-level=warn', '--cache', '--cache-location', path.join(dataDir, 'prettiercache'), '.'],
  },
  { name: 'typecheck', args: [path.join(repoRoot, 'scripts', 'typecheck.ts')] },
  { name: 'unit tests', args: [tools.jest, '--selectProjects', 'unit', '--silent'] },
];

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Runs a part with its output held back, then prints it whole: three outputs interleaved line by line are unreadable. */
function runPart(part: Part): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(node, part.args, { cwd: repoRoot, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (ok: boolean) => {
      const seconds = (performance.now() - started) / 1000;
      console.log(`\n== ${part.name} (${seconds.toFixed(0)} s)\n${Buffer.concat(chunks).toString('utf8').trimEnd()}`);
      resolve({ name: part.name, ok, seconds });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(error.message));
      finish(false);
    });
    child.on('exit', (code) => finish(code === 0));
  });
}

const started = performance.now();
const outcomes = await Promise.all(PARTS.map(runPart));
console.log('');
for (const outcome of outcomes) console.log(`${outcome.ok ? 'ok    ' : 'FAILED'} ${outcome.name} (${outcome.seconds.toFixed(0)} s)`);
console.log(`check: ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(outcomes.every((outcome) => outcome.ok) ? 0 : 1);
