/**
 * The one PostgreSQL server of a test run (the embedded one in .data/test-postgres-<port>, or the
 * server of DATABASE_URL), on which every integration and e2e file creates its own databases, and
 * the file that will name the run's seeded template (./seeded.ts).
 *
 * Jest's global setup starts it. When `npm test` runs two Jest processes side by side
 * (scripts/test.ts), it starts it itself and hands both the same server and template through the
 * environment, so the demo is seeded once for the run; a global setup that finds them set leaves
 * them alone.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataDir } from '../../database/paths.ts';
import { dropDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';

export interface RunDatabase {
  /** TEST_DATABASE_SERVER_URL and TEST_SEED_TEMPLATE_FILE, for the processes that run test files. */
  env: { TEST_DATABASE_SERVER_URL: string; TEST_SEED_TEMPLATE_FILE: string };
  /** Drops the seeded template, if one was made, and stops the server. */
  stop(): Promise<void>;
}

export async function startRunDatabase(port = Number(process.env.TEST_PG_PORT ?? 5489)): Promise<RunDatabase> {
  // One cluster per port, so that two test runs on one machine (TEST_PG_PORT) never share files.
  const server = await startDatabaseServer({ clusterDir: path.join(dataDir, `test-postgres-${port}`), port });
  const templateFile = path.join(tmpdir(), `commune-seed-template-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  return {
    env: { TEST_DATABASE_SERVER_URL: server.urlFor('postgres'), TEST_SEED_TEMPLATE_FILE: templateFile },
    async stop() {
      if (existsSync(templateFile)) {
        const { database } = JSON.parse(readFileSync(templateFile, 'utf8')) as { database: string };
        await dropDatabase(server.urlFor(database)).catch((error: unknown) =>
          console.warn(`Could not drop ${database}: ${(error as Error).message}`),
        );
        rmSync(templateFile, { force: true });
      }
      // The route list tests/support/routes.ts keeps beside it.
      rmSync(templateFile.replace(/\.json$/, '-routes.json'), { force: true });
      await server.stop();
    },
  };
}
