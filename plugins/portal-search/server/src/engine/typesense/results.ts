/**
 * Typesense responses back into the shared response types: hits with snippets, "did you mean",
 * facet counts. Pure functions over the response objects, so they are tested without a server.
 */
import type { SearchResponse as TypesenseResponse, SearchResponseHit } from 'typesense';
import { foldVietnamese, type FacetCount, type FacetName, type LegalStatus, type SearchHit } from '../../../../shared';
import { MARK_END, MARK_START, renderSnippet, typoDistance } from '../query-text';
import { FACET_FIELDS, isoDay, type FacetField, type TypesenseDocument } from './schema';

/** Words around the first match shown in a snippet, as PostgreSQL's MaxWords. */
const SNIPPET_WORDS = 35;
const WORDS_BEFORE_MATCH = 8;

/**
 * The words Typesense matched in a hit, folded. Highlights are computed on the folded fields, so
 * these are the index's own words: after a typo correction, the corrected ones ('dinh' for 'dihn').
 */
export function matchedTokens(hit: SearchResponseHit<TypesenseDocument>): Set<string> {
  const tokens = new Set<string>();
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'string')
      for (const word of foldVietnamese(value).split(/[^\p{L}\p{N}]+/u)) if (word !== '') tokens.add(word);
  };
  // Highlight v2 (`highlight.<field>.matched_tokens`), and v1 (`highlights[]`) from older servers.
  for (const entry of Object.values(hit.highlight ?? {})) {
    if (typeof entry === 'object' && entry !== null && 'matched_tokens' in entry)
      add((entry as { matched_tokens?: unknown }).matched_tokens);
  }
  for (const entry of hit.highlights ?? []) add(entry.matched_tokens);
  return tokens;
}

/**
 * A passage of the original text with the matched words between MARK markers, rendered by the
 * shared `renderSnippet` (everything escaped, markers become <mark>). Typesense's own snippets are
 * of the folded fields, which would show the citizen text without its accents; the matched words
 * are found again in the original text by folding each of its words.
 */
export function snippetOf(document: Pick<TypesenseDocument, 'summary' | 'body' | 'attachment_text'>, matched: ReadonlySet<string>): string {
  const text = [document.summary, document.body, document.attachment_text]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ')
    // Content cannot be allowed to open or close a <mark> of its own.
    .replaceAll(MARK_START, ' ')
    .replaceAll(MARK_END, ' ');
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    marked: matched.has(foldVietnamese(match[0])),
  }));
  const first = words.findIndex((word) => word.marked);
  if (first === -1) return renderSnippet((document.summary ?? '').slice(0, 240));
  const from = Math.max(0, first - WORDS_BEFORE_MATCH);
  const shown = words.slice(from, from + SNIPPET_WORDS);
  const cut = from + SNIPPET_WORDS < words.length;
  // Whole text at either end keeps its punctuation (a closing quote, a full stop); a cut gets an ellipsis.
  let raw = from > 0 ? '… ' : '';
  let cursor = from > 0 ? (shown[0]?.start ?? 0) : 0;
  for (const word of shown) {
    raw += text.slice(cursor, word.start);
    const original = text.slice(word.start, word.end);
    raw += word.marked ? `${MARK_START}${original}${MARK_END}` : original;
    cursor = word.end;
  }
  raw += cut ? ' …' : text.slice(cursor);
  return renderSnippet(raw);
}

/** The folded searched text of a hit, fields kept apart so that no phrase spans two of them. */
export function foldedTextOf(
  document: Partial<
    Pick<TypesenseDocument, 'number_folded' | 'title_folded' | 'summary_folded' | 'body_folded' | 'attachment_text_folded'>
  >,
): string {
  return [document.number_folded, document.title_folded, document.summary_folded, document.body_folded, document.attachment_text_folded]
    .filter((part) => part !== undefined && part !== '')
    .join(' | ');
}

/**
 * The query as Typesense understood it: each query word it did not match is replaced by the
 * matched word closest to it (at most two typos). Between equally close words, the one standing
 * next to the query's other words in the hits wins (the phrase 'quyet dinh' over 'quyet dien' for
 * 'quyet dihn', as PostgreSQL decides), then the one in more hits. Null when every word was found
 * as typed, or when nothing was found at all.
 */
export function correctionOf(words: readonly string[], matched: ReadonlySet<string>, texts: readonly string[] = []): string[] | null {
  if (matched.size === 0) return null;
  const padded = texts.map((text) => ` ${text} `);
  const count = (phrase: string): number => padded.filter((text) => text.includes(` ${phrase} `)).length;
  const corrected = [...words];
  let changed = false;
  words.forEach((word, index) => {
    if (matched.has(word) || /^\d+$/.test(word)) return;
    let best: { word: string; distance: number; phrase: number; found: number } | null = null;
    for (const candidate of [...matched].sort()) {
      const distance = typoDistance(word, candidate);
      if (distance > 2) continue;
      const before = corrected[index - 1];
      const after = words[index + 1];
      const phrase =
        (before !== undefined ? count(`${before} ${candidate}`) : 0) + (after !== undefined ? count(`${candidate} ${after}`) : 0);
      const found = count(candidate);
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance && (phrase > best.phrase || (phrase === best.phrase && found > best.found)));
      if (better) best = { word: candidate, distance, phrase, found };
    }
    if (!best) return;
    corrected[index] = best.word;
    changed = true;
  });
  return changed ? corrected : null;
}

/**
 * A hit as the shared type. `words` are the query's words as matched (the corrected ones after a
 * correction): marked too, in case Typesense's highlight left one out.
 */
export function toHit(hit: SearchResponseHit<TypesenseDocument>, words: readonly string[] = []): SearchHit {
  const document = hit.document;
  const marked = matchedTokens(hit);
  for (const word of words) marked.add(word);
  return {
    type: document.type,
    documentId: document.document_id,
    locale: document.locale ?? '',
    slug: document.slug ?? null,
    title: document.title,
    numberSymbol: document.number_symbol ?? null,
    snippet: snippetOf(document, marked),
    publishedAt: document.published_at ?? null,
    issueDate: typeof document.issue_date === 'number' ? isoDay(document.issue_date) : null,
    documentType: document.document_type ?? null,
    issuingBody: document.issuing_body ?? null,
  };
}

const FACET_NAMES: Record<FacetField, Exclude<FacetName, 'status'>> = {
  document_type: 'documentType',
  issuing_body: 'issuingBody',
  field: 'field',
  signer: 'signer',
  issue_year: 'year',
};

/** Facet counts in PostgreSQL's order: years newest first, the others by count then by name. */
export function facetsOf(
  response: Pick<TypesenseResponse<TypesenseDocument>, 'facet_counts'>,
  status: Partial<Record<LegalStatus, number>>,
): Record<FacetName, FacetCount[]> {
  const facets: Record<FacetName, FacetCount[]> = { documentType: [], issuingBody: [], field: [], signer: [], year: [], status: [] };
  for (const facet of response.facet_counts ?? []) {
    const field = String(facet.field_name);
    if (!(FACET_FIELDS as readonly string[]).includes(field)) continue;
    const name = FACET_NAMES[field as FacetField];
    facets[name] = facet.counts
      .filter((count) => count.value !== '' && count.count > 0)
      .map((count) => ({ value: String(count.value), count: count.count }))
      .sort((a, b) => (name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi')));
  }
  facets.status = (Object.entries(status) as Array<[LegalStatus, number]>)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

/** A multi-search result that is an error comes back as `{ error, code }` instead of throwing. */
export function checked<T extends { error?: string; code?: number }>(response: T): T {
  if (response.error !== undefined)
    throw new Error(`[portal-search] Typesense: ${response.error}${response.code !== undefined ? ` (${response.code})` : ''}`);
  return response;
}
