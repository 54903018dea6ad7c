/**
 * The engine in use: Typesense when configured (large installations), PostgreSQL otherwise.
 */
import type { Core } from '@strapi/strapi';
import { createPostgresEngine, type Sql } from '../engine/postgres';
import type * as TypesenseModule from '../engine/typesense';
import type { SearchEngine } from '../engine/types';

export interface PortalSearchConfig {
  /** 'postgres' (default) or 'typesense'. */
  engine: 'postgres' | 'typesense';
  typesense: { url: string; apiKey: string; collection: string };
}

/** Knex raw as the engines' SQL runner (the query engine has no tsvector support). */
export function sqlOf(strapi: Core.Strapi): Sql {
  return async <Row>(text: string, bindings: unknown[]): Promise<Row[]> => {
    const result = (await strapi.db.connection.raw(text, bindings as never[])) as { rows?: Row[] };
    return result.rows ?? [];
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
      } else current = createPostgresEngine(sqlOf(strapi));
      return current;
    },
  };
};

export default engine;
export type EngineService = ReturnType<typeof engine>;
