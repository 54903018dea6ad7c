/** A fresh database per test file on the run's PostgreSQL server, dropped afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../database/connection.ts';
import { dropDatabase, prepareDatabase } from '../../database/prepare.ts';

export interface TestDatabase {
  url: string;
  query<Row extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

/**
 * A new database on the run's server: empty with our migrations, or a copy of `template` (which
 * must have no open connection) when given.
 */
export async function createTestDatabase(label: string, options: { template?: string } = {}): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_SERVER_URL;
  if (!server)
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run integration tests through Jest (its global setup starts PostgreSQL)');
  const name = `t_${label.replace(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`.slice(0, 60);
  const url = withDatabase(server, name);
  if (options.template) {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(options.template)}`);
    } finally {
      await client.end();
    }
  }
  await prepareDatabase(url);
  return {
    url,
    async query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<Row>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => dropDatabase(url),
  };
}
