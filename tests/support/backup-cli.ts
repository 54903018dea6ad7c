/**
 * Runs `npm run backup` / `npm run restore` as the operator does (the same node command as
 * package.json), with a given environment, and reads their `<MARKER> {json}` last line.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../database/paths.ts';
import { node } from '../../scripts/lib/tools.ts';

export interface CliRun<Result> {
  code: number;
  output: string;
  result: Result | null;
  seconds: number;
}

export function runCli<Result = Record<string, unknown>>(
  script: 'backup' | 'restore',
  args: string[],
  env: NodeJS.ProcessEnv,
  marker = script === 'backup' ? 'BACKUP_RESULT' : 'RESTORE_RESULT',
): Promise<CliRun<Result>> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = output.split('\n').find((entry) => entry.startsWith(`${marker} `));
      resolve({
        code: code ?? 1,
        output,
        result: line ? (JSON.parse(line.slice(marker.length + 1)) as Result) : null,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}
