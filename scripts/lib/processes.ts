/** Running and supervising the child processes of `npm start`, `npm test` and friends. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

export interface Service {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts a long-running process in its own process group, so that stopping it also stops
 * whatever it spawned, and prefixes its output with its name.
 */
export function startService(name: string, command: string, args: string[], options: SpawnOptions = {}): Service {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  const prefix = (chunk: Buffer, stream: NodeJS.WriteStream) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on('data', (chunk: Buffer) => prefix(chunk, process.stdout));
  child.stderr?.on('data', (chunk: Buffer) => prefix(chunk, process.stderr));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // already gone
      }
      // An unref'd timer: waiting must not keep a finished test run alive.
      const timeout = sleep(15000, undefined, { ref: false }).then(() => 'timeout' as const);
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await exited;
      }
    },
  };
}

/** Polls a URL until it answers with one of the accepted statuses. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; accept?: (status: number) => boolean; service?: Service },
): Promise<void> {
  const accept = options.accept ?? ((status: number) => status < 500);
  const deadline = Date.now() + options.timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (options.service && options.service.child.exitCode !== null) {
      throw new Error(`${options.service.name} exited with code ${options.service.child.exitCode} before answering ${url}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      if (accept(response.status)) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer in ${options.timeoutMs / 1000} s (${lastError})`);
}
