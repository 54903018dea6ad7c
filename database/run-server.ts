/**
 * `npm run db`: runs the embedded PostgreSQL alone (for psql, or Strapi started by hand)
 * until Ctrl-C, and prints the connection string.
 */
import { prepareDatabase } from './prepare.ts';
import { startDatabaseServer } from './server.ts';
import { redact } from './connection.ts';

const server = await startDatabaseServer({ log: (line) => process.stdout.write(`[postgres] ${line}\n`) });
const url = server.mainUrl;
await prepareDatabase(url);
console.log(`PostgreSQL is ready: ${server.embedded ? url : redact(url)}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  });
}
