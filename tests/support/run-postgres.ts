/**
 * A PostgreSQL server of one test file's own, in a child process: `node run-postgres.ts <cluster
 * dir> <port>` starts the embedded server (initialising the cluster the first time), prints
 * `POSTGRES_READY <url of the postgres database>`, and stops it on SIGTERM or SIGINT. A test
 * that stops and starts PostgreSQL (tests/e2e/fault-tolerance.test.ts) runs it with
 * tests/support/own-postgres.ts; the run's shared server cannot be stopped under other files.
 */
import { startDatabaseServer } from '../../database/server.ts';

const [clusterDir, port] = process.argv.slice(2);
if (!clusterDir || !port) throw new Error('usage: run-postgres.ts <cluster dir> <port>');
const server = await startDatabaseServer({ clusterDir, port: Number(port) });
console.log(`POSTGRES_READY ${server.urlFor('postgres')}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  });
}
