/** What the statements return, read into the engine's answers: hits, facets, pages. */
import { LEGAL_STATUS_LABELS, type FacetCount, type FacetName, type SearchHit, type SearchType } from '../../../../shared';
import type { NearbyRow } from '../correction';
import { renderSnippet } from '../query-text';
import { snippetOf } from '../snippet';

export interface HitRow {
  type: SearchType;
  document_id: string;
  locale: string;
  slug: string | null;
  title: string;
  number_symbol: string | null;
  published_at: string | null;
  issue_date: string | null;
  document_type: string | null;
  issuing_body: string | null;
  summary: string | null;
  snippet_source: string | null;
  total: string | number;
}

export function toHit(row: HitRow, words: readonly string[]): SearchHit {
  const marked = row.snippet_source ? snippetOf(row.snippet_source, words) : '';
  const snippet = marked.trim() !== '' ? renderSnippet(marked) : renderSnippet((row.summary ?? '').slice(0, 240));
  return {
    type: row.type,
    documentId: row.document_id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    numberSymbol: row.number_symbol,
    snippet,
    publishedAt: row.published_at,
    issueDate: row.issue_date,
    documentType: row.document_type,
    issuingBody: row.issuing_body,
  };
}

/** A facet value and its count; `g` is GROUPING(...) over the six facet columns. */
export interface FacetRow {
  document_type: string | null;
  issuing_body: string | null;
  field: string | null;
  signer: string | null;
  year: number | null;
  status: string;
  n: number;
  g: number;
}

/** The document search's facets are counted with the hits; `today` decides the legal status. */
export interface FacetsOn {
  today: string;
}

export interface Page {
  hits: SearchHit[];
  total: number;
  /** More hits than `total` (counted up to COUNTED_HITS). */
  capped: boolean;
  facets: FacetRow[];
  /** When asked for and nothing was found: NEARBY's rows, for "did you mean". */
  nearby: NearbyRow[];
  /**
   * `nearby` holds NEARBY_ALL's rows although something was found (fewer than RELAX_BELOW): the
   * "typo that is a word" check needs them, and they came with the hits, one statement fewer.
   */
  nearbyOfAll?: boolean;
}

/** The facets of a document search, from the statement's GROUPING SETS rows: most frequent first, years newest first. */
export function facetsOf(rows: readonly FacetRow[]): Record<FacetName, FacetCount[]> {
  const facets: Record<FacetName, FacetCount[]> = { documentType: [], issuingBody: [], field: [], signer: [], year: [], status: [] };
  // GROUPING(...) is a bit mask, highest bit first: the one zero bit says which column the row counts.
  const order: Array<[FacetName, keyof FacetRow]> = [
    ['documentType', 'document_type'],
    ['issuingBody', 'issuing_body'],
    ['field', 'field'],
    ['signer', 'signer'],
    ['year', 'year'],
    ['status', 'status'],
  ];
  for (const row of rows) {
    order.forEach(([facet, column], index) => {
      const bit = 1 << (order.length - 1 - index);
      if ((row.g & bit) !== 0) return;
      const value = row[column];
      if (value === null || value === undefined || value === '') return;
      facets[facet].push({ value: String(value), count: Number(row.n) });
    });
  }
  for (const facet of Object.keys(facets) as FacetName[]) {
    facets[facet].sort((a, b) =>
      facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi'),
    );
  }
  facets.status = facets.status.filter((entry) => entry.value in LEGAL_STATUS_LABELS);
  return facets;
}

/** A capped total reaches one page past the hits counted (served by the full query, which counts them all). */
export const pagination = (pageNumber: number, pageSize: number, total: number, capped = false) =>
  capped
    ? { page: pageNumber, pageSize, total, pageCount: Math.floor(total / pageSize) + 1, totalCapped: true }
    : { page: pageNumber, pageSize, total, pageCount: Math.ceil(total / pageSize) };
