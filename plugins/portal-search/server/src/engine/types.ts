/**
 * One interface, two engines (PostgreSQL built in, Typesense for large installations). The
 * contract tests run the same cases against each; the rest of the plugin only sees this.
 */
import type { DocumentFilters, DocumentSearchResponse, SearchResponse, SearchType } from '../../../shared';

/** One published item (one locale) as the index stores it. */
export interface SearchEntry {
  communeId: number;
  type: SearchType;
  documentId: string;
  locale: string;
  slug: string | null;
  title: string;
  numberSymbol: string | null;
  summary: string | null;
  body: string | null;
  attachmentText: string | null;
  documentType: string | null;
  issuingBody: string | null;
  field: string | null;
  signer: string | null;
  issueDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  publishedAt: string | null;
}

export interface EntryKey {
  type: SearchType;
  documentId: string;
  /** Every locale when left out. */
  locale?: string;
}

export interface SearchQuery {
  /** Always set by the plugin from the trusted commune, never from the client. */
  communeId: number;
  text: string;
  types: readonly SearchType[];
  page: number;
  pageSize: number;
}

export interface DocumentQuery extends Omit<SearchQuery, 'types'> {
  filters: DocumentFilters;
  /** Today in Vietnam (YYYY-MM-DD), for the legal status facet. */
  today: string;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'typesense';
  upsert(entries: SearchEntry[]): Promise<void>;
  remove(communeId: number, keys: EntryKey[]): Promise<void>;
  /** Empties one commune's index, or all of it. */
  clear(communeId?: number): Promise<void>;
  /**
   * After a rebuild (reindex): what the engine needs before it serves searches well. PostgreSQL
   * merges the GIN indexes' pending keys and refreshes its planner statistics; until autovacuum
   * did, each search of a freshly seeded index cost some twenty times its CPU.
   */
  settle(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResponse>;
  searchDocuments(query: DocumentQuery): Promise<DocumentSearchResponse>;
}
