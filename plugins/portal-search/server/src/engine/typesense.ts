/**
 * The Typesense engine (large installations), behind the same interface and contract tests as
 * PostgreSQL. One collection holds every commune; every query and deletion is filtered on the
 * trusted commune id. Text is folded before Typesense sees it (schema.ts), filters are built from
 * checked values only (filters.ts), and responses are mapped back by pure functions (results.ts).
 */
import { looksLikeNumber, type DocumentSearchResponse, type LegalStatus, type SearchResponse } from '../../../shared';
import { queryIntent, RELAX_BELOW, STOP_WORDS, type NumberIntent } from './query-intent';
import { MARK_END, MARK_START, queryWords } from './query-text';
import type { DocumentQuery, EntryKey, SearchEngine, SearchEntry, SearchQuery } from './types';
import { typesensePort, type SearchRequest, type TypesensePort } from './typesense/client';
import { allOf, communeFilter, documentFilterParts, literal, removeFilter, statusFilter, typesFilter } from './typesense/filters';
import { checked, correctionOf, facetsOf, foldedTextOf, matchedTokens, toHit } from './typesense/results';
import {
  collectionSchema,
  FACET_FIELDS,
  numberKeyToken,
  QUERY_FIELDS,
  QUERY_WEIGHTS,
  toTypesenseDocument,
  type TypesenseDocument,
} from './typesense/schema';
import type { SearchResponseHit } from 'typesense';

export interface TypesenseConfig {
  url: string;
  apiKey: string;
  collection: string;
}

const IMPORT_BATCH = 200;
const STATUSES: readonly LegalStatus[] = ['in_force', 'not_yet_in_force', 'expired'];

interface TextSearch {
  words: string[];
  /** The query's number and symbol key (hex), when it looks like one: those documents come first. */
  key: string | null;
  /** A document or procedure named by its number (./query-intent.ts): those come first. */
  number?: NumberIntent | null;
  /** A document search narrowed by filters: words dropped and typos tried only when nothing is found (as PostgreSQL). */
  narrowed?: boolean;
  filterBy: string;
  page: number;
  pageSize: number;
  facets?: boolean;
}

/** The number tiers of PostgreSQL's order: its number with the type named (or alone) 2, with another type 1. */
export function numberEval(number: NumberIntent): string {
  const head = `number_head:=${literal(number.head)}`;
  const typed = [
    number.abbreviation !== null ? `number_parts:=${literal(number.abbreviation)}` : null,
    number.typeName !== null ? `document_type_folded:=${literal(number.typeName)}` : null,
  ].filter((part): part is string => part !== null);
  if (typed.length === 0) return `_eval([(${head}):2]):desc`;
  return `_eval([(${head} && (${typed.join(' || ')})):2, (${head}):1]):desc`;
}

/**
 * The words Typesense is given: the stop words (./query-intent.ts) left out when words that
 * carry meaning remain, as they never decide what PostgreSQL's partial match finds.
 */
export function typesenseWords(words: readonly string[]): string[] {
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : [...words];
}

/**
 * One text search. Every word must match while that finds RELAX_BELOW hits or more; below, words
 * are dropped (from the right) and typos tried, which is what makes a difference between the
 * typed and the matched words a correction. No prefix matching: a Vietnamese syllable is a word,
 * and 'khon' must not find 'không'.
 */
export function textSearchRequest(search: TextSearch): SearchRequest {
  const hasText = search.words.length > 0;
  const below = search.narrowed ? 1 : RELAX_BELOW;
  // Words are dropped only from three words that carry meaning (PostgreSQL's partial match): two
  // are mostly one Vietnamese word, which one syllable does not stand for.
  const droppable = new Set(typesenseWords(search.words).filter((word) => !STOP_WORDS.has(word))).size >= 3;
  const sort = hasText
    ? [
        // The key is hex ([0-9a-f]), so it needs no quoting inside _eval.
        ...(search.key !== null ? [`_eval(number_key:=${search.key}):desc`] : search.number ? [numberEval(search.number)] : []),
        '_text_match:desc',
        'sort_day:desc',
      ]
    : ['sort_day:desc'];
  return {
    q: hasText ? typesenseWords(search.words).join(' ') : '*',
    query_by: QUERY_FIELDS.join(','),
    query_by_weights: QUERY_WEIGHTS.join(','),
    filter_by: search.filterBy,
    sort_by: sort.join(','),
    prefix: false,
    num_typos: 2,
    // PostgreSQL's correction allows one typo from three letters and two from five: the same here.
    min_len_1typo: 3,
    min_len_2typo: 5,
    // Below RELAX_BELOW hits, words are dropped and typos tried (PostgreSQL's partial match and real-word typos).
    typo_tokens_threshold: below,
    drop_tokens_threshold: droppable ? below : 0,
    page: search.page,
    per_page: search.pageSize,
    highlight_fields: QUERY_FIELDS.join(','),
    // Never HTML: Typesense's default <mark> around unescaped text would be markup from content.
    highlight_start_tag: MARK_START,
    highlight_end_tag: MARK_END,
    enable_highlight_v1: false,
    ...(search.facets ? { facet_by: FACET_FIELDS.join(','), max_facet_values: 100 } : {}),
  };
}

/** The same search counting matches only (no hits, no highlights), optionally without typos. */
export function countRequest(search: Omit<TextSearch, 'page' | 'pageSize' | 'facets'>, exact = false): SearchRequest {
  return { ...textSearchRequest({ ...search, page: 1, pageSize: 0 }), highlight_fields: 'none', ...(exact ? { num_typos: 0 } : {}) };
}

const pagination = (page: number, pageSize: number, total: number) => ({ page, pageSize, total, pageCount: Math.ceil(total / pageSize) });

export function createTypesenseEngine(config: TypesenseConfig, port: TypesensePort = typesensePort(config)): SearchEngine {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(config.collection))
    throw new Error(`[portal-search] invalid Typesense collection name “${config.collection}”`);
  const schema = collectionSchema(config.collection);

  // Created once per process, on first use; retried on the next call if the server was down.
  let ready: Promise<void> | null = null;
  const ensureCollection = (): Promise<void> => {
    ready ??= port.createCollection(schema).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  /**
   * "Did you mean": the words Typesense matched instead of those typed. Highlights can leave out
   * a matched word, so a correction is only reported once the words as typed are known to find
   * nothing without typos.
   */
  async function correction(
    words: string[],
    key: string | null,
    filterBy: string,
    hits: Array<SearchResponseHit<TypesenseDocument>>,
  ): Promise<{ didYouMean: string | null; corrected: boolean; marked: string[] }> {
    const matched = new Set<string>();
    for (const hit of hits) for (const token of matchedTokens(hit)) matched.add(token);
    const corrected = correctionOf(
      words,
      matched,
      hits.map((hit) => foldedTextOf(hit.document)),
    );
    if (corrected === null) return { didYouMean: null, corrected: false, marked: words };
    const [exact] = await port.search([countRequest({ words, key, filterBy }, true)]);
    if (exact && checked(exact).found > 0) return { didYouMean: null, corrected: false, marked: words };
    return { didYouMean: corrected.join(' '), corrected: true, marked: corrected };
  }

  const textOf = (text: string) => {
    const words = queryWords(text);
    const key = looksLikeNumber(text) ? numberKeyToken(text) : null;
    return { words, key, number: key === null ? queryIntent(words).number : null };
  };

  return {
    name: 'typesense',

    async upsert(entries: SearchEntry[]): Promise<void> {
      if (entries.length === 0) return;
      await ensureCollection();
      for (let start = 0; start < entries.length; start += IMPORT_BATCH) {
        const batch = entries.slice(start, start + IMPORT_BATCH).map(toTypesenseDocument);
        const results = await port.importDocuments(batch);
        const failed = results.filter((result) => !result.success);
        if (failed.length > 0) {
          const reasons = failed
            .slice(0, 3)
            .map((result) => `${result.document?.id ?? result.id ?? '?'}: ${result.error ?? 'unknown error'}`);
          throw new Error(`[portal-search] Typesense refused ${failed.length} of ${batch.length} documents (${reasons.join('; ')})`);
        }
      }
    },

    async remove(communeId: number, keys: EntryKey[]): Promise<void> {
      await ensureCollection();
      for (const key of keys) await port.deleteByFilter(removeFilter(communeId, key));
    },

    async clear(communeId?: number): Promise<void> {
      if (communeId === undefined) {
        // Dropping is also how a changed schema reaches the server: the reindex that follows refills it.
        await port.dropCollection();
        ready = null;
        await ensureCollection();
        return;
      }
      await ensureCollection();
      await port.deleteByFilter(communeFilter(communeId));
    },

    async settle(): Promise<void> {
      // Typesense indexes as it receives: nothing to do after a rebuild.
    },

    async search(query: SearchQuery): Promise<SearchResponse> {
      await ensureCollection();
      const { words, key, number } = textOf(query.text);
      const filterBy = allOf([communeFilter(query.communeId), typesFilter(query.types)]);
      const [response] = await port.search([
        textSearchRequest({ words, key, number, filterBy, page: query.page, pageSize: query.pageSize }),
      ]);
      if (!response) throw new Error('[portal-search] Typesense returned no search result');
      const hits = checked(response).hits ?? [];
      const { didYouMean, corrected, marked } = await correction(words, key, filterBy, hits);
      return {
        data: hits.map((hit) => toHit(hit, marked)),
        meta: { pagination: pagination(query.page, query.pageSize, response.found), query: words.join(' '), didYouMean, corrected },
      };
    },

    async searchDocuments(query: DocumentQuery): Promise<DocumentSearchResponse> {
      await ensureCollection();
      const { words, key, number } = textOf(query.text);
      const parts = documentFilterParts(query.filters, query.today);
      const filterBy = allOf([communeFilter(query.communeId), ...parts]);
      // More than the type: narrowed by the citizen's filters.
      const narrowed = parts.length > 1;
      // The page with its facets, and one count per legal status, in one multi_search request.
      const [response, ...statusCounts] = await port.search([
        textSearchRequest({ words, key, number, narrowed, filterBy, page: query.page, pageSize: query.pageSize, facets: true }),
        ...STATUSES.map((status) => countRequest({ words, key, filterBy: allOf([filterBy, statusFilter(status, query.today)]) })),
      ]);
      if (!response || statusCounts.length !== STATUSES.length)
        throw new Error('[portal-search] Typesense returned too few search results');
      const hits = checked(response).hits ?? [];
      const status: Partial<Record<LegalStatus, number>> = {};
      STATUSES.forEach((name, index) => {
        const counted = statusCounts[index];
        if (counted) status[name] = checked(counted).found;
      });
      const { didYouMean, corrected, marked } = await correction(words, key, filterBy, hits);
      return {
        data: hits.map((hit) => toHit(hit, marked)),
        meta: { pagination: pagination(query.page, query.pageSize, response.found), query: words.join(' '), didYouMean, corrected },
        facets: facetsOf(response, status),
      };
    },
  };
}
