/**
 * The site search's first pages, ranked from the items whose title or summary holds the query's
 * words (their own index, migration 0008), counted up to COUNTED_HITS.
 */
import { allWordsQuery } from '../query-text';
import type { NearbyRow } from '../correction';
import { RELAX_BELOW } from '../query-intent';
import type { Filter } from './filters';
import {
  attachmentMatch,
  Bindings,
  COUNTED_HITS,
  headMatch,
  headRank,
  HIT_COLUMNS,
  HIT_ORDER,
  hitsOfPage,
  keysOf,
  nearbyBindings,
  nearbyOf,
  ORDER,
  phraseQuery,
  RANKED_WORDS,
  rankColumns,
  textMatch,
  WEIGHTS,
} from './fragments';
import { toHit, type HitRow, type Page } from './rows';
import type { Sql } from './statements';

/** The site search's first pages, up to the COUNTED_HITS-th hit, are served by ranked pages. */
export const rankedPageServes = (pageNumber: number, pageSize: number): boolean => pageNumber * pageSize <= COUNTED_HITS;

/**
 * What a ranked page's title or summary must hold, as sets of distinct words (any one will do):
 * every word for one or two words; for more, any two of them.
 */
export const headPairs = (distinct: readonly string[]): string[][] =>
  distinct.length <= 2 ? [[...distinct]] : distinct.flatMap((word, index) => distinct.slice(index + 1).map((other) => [word, other]));

/** What a ranked page is for, as SQL: from bound values, or from an earlier CTE (`prefix`). */
export interface RankedInput {
  /** CTEs the others refer to, with their bindings already taken. */
  prefix?: string;
  /** The tsquery, as an InitPlan; named three times. */
  tsquery: () => string;
  /** The words as a phrase tsquery, as an InitPlan (headRank). */
  phrase: () => string;
  /** The keys a title or summary must hold: one text[] expression per pair of words (any pair will do). */
  headKeys: () => string[];
  /** The keys the text or the attachments must hold (the words and the filter values). */
  keys: () => string;
  /** Whether a title or summary holding the keys of `headKeys` holds every word (one or two words). */
  allInHead: boolean;
  /** A condition for reading anything at all. */
  guard?: string;
  /** "Did you mean" when fewer than `below` items are found (nearbyOf, bound). */
  nearby?: { sql: () => string; below: number } | null;
  /** Also select the `best` CTE's trial and found (correctedRankedPage). */
  chosen?: boolean;
}

export interface RankedRow extends HitRow {
  ranked: string | number;
  nearby?: NearbyRow[] | null;
  chosen_trial?: number | null;
  chosen_found?: string | number | null;
}

/**
 * The ranked page statement (see rankedPage), its bindings collected in `b` in text order. When
 * the ranked items do not fill the page but there are no more than COUNTED_HITS hits in all (some
 * of them only in a body or an attachment), the page is taken from every hit (`few`), ranked as
 * the full query ranks them: the full query then need not run (it did, as a second statement).
 */
export function rankedPageSql(
  b: Bindings,
  communeId: number,
  extra: Filter,
  pageNumber: number,
  pageSize: number,
  input: RankedInput,
): string {
  const conditions = () =>
    `e.commune_id + 0 = ${b.bind(communeId)}${b.raw(extra.where.map((condition) => ` AND ${condition}`).join(''), extra.bindings)}`;
  const inText = () => `(${textMatch(input.keys())} OR ${attachmentMatch(input.keys())})`;
  const guard = () => (input.guard ? `${input.guard} AND ` : '');
  // Whether the page comes from `few` (one InitPlan each where it is named, so that the branch not
  // taken is never read): the ranked items do not fill it, and are not every hit, of a few.
  const fromFew = () =>
    `(SELECT t.ranked < ${b.bind(pageNumber * pageSize)} AND t.total > t.ranked AND t.total <= ${COUNTED_HITS} FROM tally t)`;
  return `WITH ${input.prefix ? `${input.prefix}, ` : ''}head AS MATERIALIZED (
       SELECT e.id, 0 AS exact, ${
         // Every word in the title or summary: the row is a match by its own text (RANK_COLUMNS' in_body).
         input.allInHead ? `${headRank(input.tsquery, input.phrase)} AS rank, true AS in_body` : rankColumns(input.tsquery, input.phrase)
       }, coalesce(e.issue_date, e.published_at::date) AS day
       FROM portal_search_entries e
       WHERE ${guard()}${conditions()} AND (${input.headKeys().map(headMatch).join(' OR ')})${input.allInHead ? '' : ` AND ${inText()}`}
     ), ranked AS (
       -- The rank of an item without the words in its title or summary: 0, or 1e-20 for several words.
       SELECT * FROM head WHERE rank > (SELECT ts_rank('${WEIGHTS}', '#'::tsvector, ${input.tsquery()}))
     ), tally AS MATERIALIZED (
       SELECT r.ranked,
              -- More ranked items than are counted: no need to count the others.
              CASE WHEN r.ranked > ${COUNTED_HITS} THEN r.ranked
                ELSE (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                        WHERE ${guard()}${conditions()} AND ${inText()} LIMIT ${b.bind(COUNTED_HITS + 1)}) c) END AS total
       FROM (SELECT count(*) AS ranked FROM ranked) r
     ), few AS MATERIALIZED (
       SELECT e.id, 0 AS exact, ${rankColumns(input.tsquery, input.phrase)}, coalesce(e.issue_date, e.published_at::date) AS day
       FROM portal_search_entries e
       WHERE ${fromFew()} AND ${guard()}${conditions()} AND ${inText()}
     ), paged AS (
       SELECT m.id, m.exact, m.rank, m.in_body, m.day FROM ranked m WHERE NOT ${fromFew()}
       UNION ALL
       SELECT f.id, f.exact, f.rank, f.in_body, f.day FROM few f
       ORDER BY ${ORDER} LIMIT ${b.bind(pageSize)} OFFSET ${b.bind((pageNumber - 1) * pageSize)}
     )
     SELECT s.*, ${HIT_COLUMNS}${input.chosen ? ', (SELECT best.trial FROM best) AS chosen_trial, (SELECT best.found FROM best) AS chosen_found' : ''}
     FROM (SELECT c.*${input.nearby ? `, CASE WHEN c.total < ${input.nearby.below} THEN ${input.nearby.sql()} END AS nearby` : ''}
           FROM (SELECT t.ranked, t.total FROM tally t OFFSET 0) c) s
     LEFT JOIN (${hitsOfPage(true)}) h ON true
     ORDER BY ${HIT_ORDER}`;
}

/** What a ranked page statement gave. */
export interface Ranked {
  /** Its page; null when the ranked items do not fill it among more than COUNTED_HITS hits (the full query must run). */
  page: Page | null;
  /** "Did you mean"'s near words when few were found, brought either way (the hits are counted alike). */
  nearby: NearbyRow[];
  /** `nearby` holds every word's near words when every word is known (NEARBY_ALL), as page()'s does when it finds few. */
  nearbyOfAll: boolean;
}

export function readRankedPage(
  rows: RankedRow[],
  words: readonly string[],
  pageNumber: number,
  pageSize: number,
  nearbyOfAll = false,
): Ranked {
  const [first] = rows;
  const counted = Number(first?.total ?? 0);
  const ranked = Number(first?.ranked ?? 0);
  const nearby = first?.nearby ?? [];
  // Ranked items that do not fill the page: it was taken from every hit when there are no more
  // than COUNTED_HITS (rankedPageSql's `few`; the ranked items themselves when they are every hit).
  if (ranked < pageNumber * pageSize && counted > COUNTED_HITS) return { page: null, nearby, nearbyOfAll };
  const page: Page = {
    hits: rows.filter((row) => row.document_id !== null).map((row) => toHit(row, words)),
    total: Math.min(counted, COUNTED_HITS),
    capped: counted > COUNTED_HITS,
    facets: [],
    nearby,
    nearbyOfAll,
  };
  return { page, nearby, nearbyOfAll };
}

/**
 * A first page of the site search from the items whose title or summary holds the query's
 * words, found by their own index (migration 0008). Only they can rank above the rest: ts_rank on
 * the title and summary is above its floor only where two of the query's words stand there (the
 * word, for a one-word query). So when they fill the page, it is the page, in the same order the
 * full query gives; the hits are then counted up to COUNTED_HITS only. When they do not fill it
 * and there are no more hits than that, the page comes from every hit (rankedPageSql). Its `page`
 * is null otherwise (the caller runs the full query); null for queries this does not serve.
 * With `suggest`, what "did you mean" needs when few are found comes with it, as page() would
 * bring it (NEARBY_ALL below RELAX_BELOW hits for two words or more).
 */
export async function rankedPage(
  sql: Sql,
  communeId: number,
  words: string[],
  extra: Filter,
  pageNumber: number,
  pageSize: number,
  suggest: boolean,
): Promise<Ranked | null> {
  const distinct = [...new Set(words)];
  if (distinct.length === 0 || distinct.length > RANKED_WORDS || !rankedPageServes(pageNumber, pageSize)) return null;
  const tsquery = allWordsQuery(words);
  const keys = keysOf(communeId, words, extra.values);
  const pairs = headPairs(distinct);
  // page()'s rule for the near words of every word (its nearbyWhenFew; no number here).
  const ofAll = suggest && distinct.length >= 2 && extra.where.length <= 1;
  const b = new Bindings();
  const text = rankedPageSql(b, communeId, extra, pageNumber, pageSize, {
    tsquery: () => `(SELECT to_tsquery('vn', ${b.bind(tsquery)}))`,
    phrase: () => `(SELECT to_tsquery('vn', ${b.bind(phraseQuery(words))}))`,
    headKeys: () => pairs.map((pair) => `(SELECT ${b.bind(keysOf(communeId, pair))}::text[])`),
    keys: () => `(SELECT ${b.bind(keys)}::text[])`,
    allInHead: distinct.length <= 2,
    nearby: suggest ? { sql: () => b.raw(nearbyOf(words), nearbyBindings(communeId, words)), below: ofAll ? RELAX_BELOW : 1 } : null,
  });
  return readRankedPage(await sql<RankedRow>(text, b.values), words, pageNumber, pageSize, ofAll);
}
