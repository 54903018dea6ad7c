/**
 * The Typesense collection and how one SearchEntry becomes one Typesense document.
 *
 * Typesense's own normalisation drops accents but keeps `đ` as a letter of its own, so "dang uy"
 * would never find "Đảng ủy". The searched fields therefore hold text folded by the same
 * `foldVietnamese` as PostgreSQL and queries, with punctuation already turned into spaces so that
 * Typesense's tokenizer and ours agree on the words. The original fields are kept, unindexed, for
 * display and snippets.
 */
import type { CollectionCreateSchema } from 'typesense';
import { foldVietnamese, numberKey, type SearchType } from '../../../../shared';
import { numberHead, symbolParts } from '../query-intent';
import type { SearchEntry } from '../types';

/** Fields searched, best first, with their weights (number and title, then summary, body, attachments). */
export const QUERY_FIELDS = ['number_folded', 'title_folded', 'summary_folded', 'body_folded', 'attachment_text_folded'] as const;
export const QUERY_WEIGHTS = [10, 10, 4, 2, 1] as const;

/** Facets counted by Typesense itself; legal status is counted by three filtered queries instead. */
export const FACET_FIELDS = ['document_type', 'issuing_body', 'field', 'signer', 'issue_year'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * Unbounded ends of a document's period in force, as day numbers. Typesense cannot filter on a
 * missing value, so "no expiry" is stored as a day far in the future and "no start" as a day far
 * in the past: each legal status is then a plain pair of range filters (see filters.ts).
 */
export const NO_START_DAY = -9_999_999;
export const NO_END_DAY = 9_999_999;

/**
 * How much of the body and attachment text is kept for snippets. The folded copies are indexed in
 * full; the display copies only feed the snippet, as PostgreSQL's ts_headline over left(…, 4000),
 * and would otherwise make every search response carry whole PDFs twice.
 */
export const SNIPPET_SOURCE_CHARS = 4000;

export interface TypesenseDocument {
  /** `<type>:<documentId>:<locale>`: one document per item and locale, as PostgreSQL's unique key. */
  id: string;
  commune_id: number;
  type: SearchType;
  document_id: string;
  locale: string;
  slug?: string;
  title: string;
  title_folded: string;
  number_symbol?: string;
  /** Hex of the normalised number and symbol: an exact-match key with no character Typesense could tokenize or parse. */
  number_key?: string;
  /** The folded number and symbol's words, then its number as numberHead gives it (a procedure code's digits: '1001193'). */
  number_folded?: string;
  /** numberHead of the number and symbol: what a number alone, or a type and a number, finds. */
  number_head?: string;
  /** The words of the number and symbol ('qd', 'ubnd'): a type named with a number is looked for there. */
  number_parts?: string[];
  /** The folded document type ('quyet dinh'). */
  document_type_folded?: string;
  summary?: string;
  summary_folded?: string;
  body?: string;
  body_folded?: string;
  attachment_text?: string;
  attachment_text_folded?: string;
  document_type?: string;
  issuing_body?: string;
  field?: string;
  signer?: string;
  issue_year?: number;
  /** Day numbers (days since 1970-01-01). */
  issue_date?: number;
  /** Effective date, else issue date, else NO_START_DAY: the day the document comes into force. */
  effective_date: number;
  /** Expiry date, else NO_END_DAY. */
  expiry_date: number;
  published_at?: string;
  /** Newest first among equals: issue date, else publication day, else NO_START_DAY. */
  sort_day: number;
}

export function collectionSchema(name: string): CollectionCreateSchema {
  const text = (field: string) => ({ name: field, type: 'string' as const, optional: true });
  // Unindexed fields must be optional in Typesense; these are only read back for display.
  const display = (field: string) => ({ name: field, type: 'string' as const, index: false, optional: true });
  const facet = (field: string) => ({ name: field, type: 'string' as const, facet: true, optional: true });
  return {
    name,
    fields: [
      { name: 'commune_id', type: 'int32', facet: true },
      { name: 'type', type: 'string', facet: true },
      { name: 'document_id', type: 'string' },
      // Filtered on by id only (an empty locale cannot be a filter value); stored for the hits.
      display('locale'),
      display('slug'),
      display('title'),
      { name: 'title_folded', type: 'string' },
      display('number_symbol'),
      { name: 'number_key', type: 'string', optional: true },
      text('number_folded'),
      { name: 'number_head', type: 'string', optional: true },
      { name: 'number_parts', type: 'string[]', optional: true },
      { name: 'document_type_folded', type: 'string', optional: true, index: true },
      display('summary'),
      text('summary_folded'),
      display('body'),
      text('body_folded'),
      display('attachment_text'),
      text('attachment_text_folded'),
      facet('document_type'),
      facet('issuing_body'),
      facet('field'),
      facet('signer'),
      { name: 'issue_year', type: 'int32', facet: true, optional: true },
      { name: 'issue_date', type: 'int64', optional: true },
      { name: 'effective_date', type: 'int64' },
      { name: 'expiry_date', type: 'int64' },
      display('published_at'),
      { name: 'sort_day', type: 'int64' },
    ],
  };
}

/** Folded words separated by single spaces: what both the index and the query give Typesense. */
export function searchableText(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The exact-match key of a number and symbol ('239 / BC-UBND' → hex of '239/bc-ubnd'). */
export function numberKeyToken(numberSymbol: string): string {
  return Buffer.from(numberKey(numberSymbol), 'utf8').toString('hex');
}

/** Days since 1970-01-01 of an ISO date or timestamp (its calendar date as written), or null. */
export function dayNumber(value: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-31 over into March: such a date is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / 86_400_000;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function documentId(entry: Pick<SearchEntry, 'type' | 'documentId' | 'locale'>): string {
  return `${entry.type}:${entry.documentId}:${entry.locale}`;
}

/** Non-empty text, or nothing: Typesense optional fields are left out rather than null. */
const present = (value: string | null): value is string => value !== null && value.trim() !== '';

export function toTypesenseDocument(entry: SearchEntry): TypesenseDocument {
  if (!Number.isSafeInteger(entry.communeId) || entry.communeId <= 0)
    throw new Error(`[portal-search] invalid commune id ${String(entry.communeId)}`);
  const issueDay = dayNumber(entry.issueDate);
  const effectiveDay = dayNumber(entry.effectiveDate) ?? issueDay;
  const expiryDay = dayNumber(entry.expiryDate);
  const document: TypesenseDocument = {
    id: documentId(entry),
    commune_id: entry.communeId,
    type: entry.type,
    document_id: entry.documentId,
    locale: entry.locale,
    title: entry.title,
    title_folded: searchableText(entry.title),
    effective_date: effectiveDay ?? NO_START_DAY,
    expiry_date: expiryDay ?? NO_END_DAY,
    sort_day: issueDay ?? dayNumber(entry.publishedAt) ?? NO_START_DAY,
  };
  if (present(entry.slug)) document.slug = entry.slug;
  if (present(entry.numberSymbol)) {
    document.number_symbol = entry.numberSymbol;
    document.number_key = numberKeyToken(entry.numberSymbol);
    const head = numberHead(numberKey(entry.numberSymbol));
    const folded = searchableText(entry.numberSymbol);
    document.number_folded = head !== null && !folded.split(' ').includes(head) ? `${folded} ${head}` : folded;
    if (head !== null) document.number_head = head;
    document.number_parts = symbolParts(numberKey(entry.numberSymbol));
  }
  if (present(entry.summary)) {
    document.summary = entry.summary;
    document.summary_folded = searchableText(entry.summary);
  }
  if (present(entry.body)) {
    document.body = entry.body.slice(0, SNIPPET_SOURCE_CHARS);
    document.body_folded = searchableText(entry.body);
  }
  if (present(entry.attachmentText)) {
    document.attachment_text = entry.attachmentText.slice(0, SNIPPET_SOURCE_CHARS);
    document.attachment_text_folded = searchableText(entry.attachmentText);
  }
  if (present(entry.documentType)) {
    document.document_type = entry.documentType;
    document.document_type_folded = searchableText(entry.documentType);
  }
  if (present(entry.issuingBody)) document.issuing_body = entry.issuingBody;
  if (present(entry.field)) document.field = entry.field;
  if (present(entry.signer)) document.signer = entry.signer;
  if (issueDay !== null) {
    document.issue_date = issueDay;
    document.issue_year = new Date(issueDay * 86_400_000).getUTCFullYear();
  }
  if (present(entry.publishedAt)) document.published_at = entry.publishedAt;
  return document;
}
