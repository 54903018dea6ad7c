/**
 * The engine in use: Typesense when configured (large installations), PostgreSQL otherwise.
 */
import type { Core } from '@strapi/strapi';
import { createPostgresEngine, numberedPlaceholders, statementName, type Sql } from '../engine/postgres';
import type * as TypesenseModule from '../engine/typesense';
import type { SearchEngine } from '../engine/types';

export interface PortalSearchConfig {
  /** 'postgres' (default) or 'typesense'. */
  engine: 'postgres' | 'typesense';
  typesense: { url: string; apiKey: string; collection: string };
  /** PostgreSQL engine: searches run at once (SEARCH_CONCURRENCY); unset, two per core. */
  concurrency?: number;
}

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/**
 * The engines' SQL runner (the query engine has no tsvector support): a connection of Strapi's
 * own pool, with named (prepared) statements, so each connection plans a search statement once.
 * Search and indexing never run inside a Strapi transaction (indexing follows the commit).
 */
export function sqlOf(strapi: Core.Strapi): Sql {
  const client = strapi.db.connection.client as unknown as KnexClient;
  return async <Row>(text: string, bindings: unknown[]): Promise<Row[]> => {
    const connection = await client.acquireConnection();
    try {
      return (await connection.query({ name: statementName(text), text: numberedPlaceholders(text), values: bindings })).rows as Row[];
    } finally {
      await client.releaseConnection(connection);
    }
  };
}

const engine = ({ strapi }: { strapi: Core.Strapi }) => {
  let current: SearchEngine | null = null;
  return {
    get(): SearchEngine {
      if (current) return current;
      const config = strapi.config.get('plugin::portal-search') as PortalSearchConfig;
      if (config.engine === 'typesense') {
        // Loaded only when configured, so the PostgreSQL engine has no Typesense dependency at run time.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { createTypesenseEngine } = require('../engine/typesense') as typeof TypesenseModule;
        current = createTypesenseEngine(config.typesense);
      } else current = createPostgresEngine(sqlOf(strapi), { concurrency: config.concurrency });
      return current;
    },
  };
};

export default engine;
export type EngineService = ReturnType<typeof engine>;
