/**
 * The built-in engine: PostgreSQL full-text search over a folded Vietnamese text ('vn'
 * configuration: unaccent, then simple), weighted number/title (A) > summary (B) > body (C) >
 * attachment text (D), an exact number/symbol match first, trigram-free typo correction against
 * the commune's own words (edit distance), snippets cut from the original text (./snippet.ts).
 * Tables and the 'vn' configuration come from database/migrations/0002_portal_search.sql.
 *
 * Its parts, in ./postgres/: statements.ts (the statement cache), fragments.ts (the SQL the
 * statements are built from), filters.ts (what a search is narrowed by), page.ts (one page of
 * hits in one statement), ranked.ts (the site search's first pages), trials.ts ("did you mean"
 * in SQL), search.ts (a search from the query to its correction), rows.ts (hits, facets and
 * pagination read from the rows) and indexing.ts (writing the index).
 */
import { availableParallelism } from 'node:os';
import type { DocumentSearchResponse, SearchResponse } from '../../../shared';
import { QueryGate } from './query-gate';
import type { DocumentQuery, SearchEngine, SearchQuery } from './types';
import { documentFilter, typesFilter } from './postgres/filters';
import { postgresIndex } from './postgres/indexing';
import { facetsOf, pagination } from './postgres/rows';
import { withCorrection } from './postgres/search';
import type { Sql } from './postgres/statements';

export { numberedPlaceholders, statementName, type Sql } from './postgres/statements';

export interface PostgresEngineOptions {
  /** Searches run at once (./query-gate.ts); the rest wait their turn. Two per core by default. */
  concurrency?: number;
}

/** Two searches per core keep every core busy while one waits for its next statement. */
export const defaultSearchConcurrency = (): number => 2 * availableParallelism();

export function createPostgresEngine(sql: Sql, options: PostgresEngineOptions = {}): SearchEngine {
  const gate = new QueryGate(options.concurrency ?? defaultSearchConcurrency());
  return {
    name: 'postgres',
    ...postgresIndex(sql),

    async search(query: SearchQuery): Promise<SearchResponse> {
      const result = await gate.run(() =>
        withCorrection(sql, query.communeId, query.text, typesFilter(query.types), query.page, query.pageSize),
      );
      return {
        data: result.hits,
        meta: {
          pagination: pagination(query.page, query.pageSize, result.total, result.capped),
          query: result.query,
          didYouMean: result.didYouMean,
          corrected: result.corrected,
        },
      };
    },

    async searchDocuments(query: DocumentQuery): Promise<DocumentSearchResponse> {
      const result = await gate.run(() =>
        withCorrection(sql, query.communeId, query.text, documentFilter(query), query.page, query.pageSize, { today: query.today }),
      );
      return {
        data: result.hits,
        meta: {
          pagination: pagination(query.page, query.pageSize, result.total),
          query: result.query,
          didYouMean: result.didYouMean,
          corrected: result.corrected,
        },
        facets: facetsOf(result.facets),
      };
    },
  };
}
