/**
 * Search insight's API and its one rule about text: what a citizen typed becomes a query that
 * may be stored. Shared by the site's server (which counts) and Strapi (which normalises again,
 * so a bad client cannot store what the rule removes). Pure and runtime-dependency-free.
 */

/** A stored query is at most this many characters (code points), cut at a word when possible. */
export const SEARCH_QUERY_MAX = 100;

/** Stands for an e-mail address: anything of the form `x@y`. */
export const EMAIL_MASK = '[email]';

/** Stands for a run of 9 or more digits: a phone number, an ID card, a tax or bank number. */
export const NUMBER_MASK = '[số điện thoại/số giấy tờ]';

/** At most this many queries in one batch (a site process splits larger ones). */
export const SEARCH_BATCH_MAX = 1000;

/** At most this many searches of one query in one batch (a few seconds of one process's searches). */
export const SEARCH_COUNT_MAX = 1_000_000;

/** Rows of days older than this are deleted. */
export const SEARCH_RETENTION_DAYS = 400;

/** One query's counts in a batch: how many searches, and how many of them found nothing. */
export interface SearchCount {
  query: string;
  searches: number;
  empty: number;
}

/**
 * Body of `POST /api/site-stats/searches`: the searches of the commune named by the site's
 * trusted header on one day (Vietnam time), each normalised query once. Each site process sends
 * one such batch per commune and day every couple of seconds, not one request per search.
 */
export interface SearchBatch {
  day: string;
  searches: SearchCount[];
}

/** `POST` answer: how many searches the batch added (after merging queries that normalise alike). */
export interface SearchesRecorded {
  counted: number;
}

/** What citizens searched on a commune's site over a period (the commune dashboard shows it). */
export interface SearchInsight {
  /** Inclusive, YYYY-MM-DD, Vietnam days. */
  period: { from: string; to: string };
  totalSearches: number;
  /** Searches that found nothing. */
  emptySearches: number;
  /** The most searched queries: by searches, most first, then by query. */
  top: Array<{ query: string; searches: number; empty: number }>;
  /** Queries none of whose searches in the period found anything: by searches, most first, then by query. */
  notFound: Array<{ query: string; searches: number; lastDay: string }>;
}

// Anything with an @ inside a word: a full address, or one typed without its domain.
const EMAIL = /[^\s@]+@[^\s@]+/gu;
// 9 or more digits, one run even when spaced, dotted, dashed or bracketed as people write phone
// numbers ("0912 345 678", "(024) 3825.1234", "+84-912-345-678"); a leading + or ( goes with it.
const LONG_NUMBER = /[+(]{0,2}\d(?:[ .\-()]{0,2}\d){8,}/g;
// Text PostgreSQL cannot store (a lone UTF-16 surrogate), or that only hides words: control and
// format characters (NUL, zero-width spaces, the byte order mark…).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /\p{Cf}/gu;
const PLACEHOLDERS = [EMAIL_MASK, NUMBER_MASK];

/** `text` cut to `max` code points, without leaving half a placeholder or a trailing space. */
function cap(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  let cut = points.slice(0, max).join('');
  for (const placeholder of PLACEHOLDERS) {
    // A placeholder that starts before the cut and ends after it: cut before it instead.
    const start = cut.lastIndexOf(placeholder[0] ?? '[');
    if (start >= 0 && placeholder.startsWith(cut.slice(start)) && cut.slice(start) !== placeholder) cut = cut.slice(0, start);
  }
  return cut.trimEnd();
}

/**
 * The query as stored, or null when nothing is left to count (an empty or invisible query).
 * NFC (the same words typed with composed or combining accents are one query), lower case,
 * whitespace collapsed and trimmed; e-mail addresses and runs of 9 or more digits masked; capped
 * to SEARCH_QUERY_MAX. Short numbers stay: document numbers (312), procedure codes (1.001193 or
 * 1001193) and years are what citizens search for. Idempotent, so Strapi can apply it again.
 */
export function normaliseSearchQuery(raw: string): string | null {
  const text = raw
    .replace(LONE_SURROGATE, '')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(EMAIL, EMAIL_MASK)
    .replace(LONG_NUMBER, NUMBER_MASK);
  const capped = cap(text, SEARCH_QUERY_MAX);
  return capped === '' ? null : capped;
}
