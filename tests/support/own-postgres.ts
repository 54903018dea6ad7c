/** Starts and stops a test file's own PostgreSQL server (tests/support/run-postgres.ts). */
import path from 'node:path';
import { startService, type Service } from '../../scripts/lib/processes.ts';
import { node } from '../../scripts/lib/tools.ts';

export interface OwnPostgres {
  /** Connection string of the `postgres` database; others with withDatabase(). */
  url: string;
  service: Service;
  /** A fast shutdown (SIGINT to the runner, which stops PostgreSQL so): sessions are ended. */
  stop(): Promise<void>;
}

export async function startOwnPostgres(clusterDir: string, port: number): Promise<OwnPostgres> {
  const service = startService('postgres', node, [path.join(__dirname, 'run-postgres.ts'), clusterDir, String(port)]);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    service.child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((entry) => entry.startsWith('POSTGRES_READY '));
      if (line) resolve(line.slice('POSTGRES_READY '.length).trim());
    });
    void service.exited.then((code) => reject(new Error(`PostgreSQL exited with ${code} before it was ready`)));
  });
  return {
    url,
    service,
    async stop() {
      const pid = service.child.pid;
      if (pid === undefined || service.child.exitCode !== null || service.child.signalCode !== null) return;
      // Not the process group: PostgreSQL itself would take SIGTERM as a smart shutdown, which
      // waits for every client to leave.
      process.kill(pid, 'SIGINT');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
      if ((await Promise.race([service.exited, timeout])) === 'timeout') await service.stop();
    },
  };
}
