/**
 * The built-in engine: PostgreSQL full-text search over a folded Vietnamese text ('vn'
 * configuration: unaccent, then simple), weighted number/title (A) > summary (B) > body (C) >
 * attachment text (D), an exact number/symbol match first, trigram-free typo correction against
 * the commune's own words (edit distance), snippets cut from the original text (./snippet.ts).
 * Tables and the 'vn' configuration come from database/migrations/0002_portal_search.sql.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import {
  LEGAL_STATUS_LABELS,
  looksLikeNumber,
  numberKey,
  SEARCH_TYPES,
  type DocumentSearchResponse,
  type FacetCount,
  type FacetName,
  type SearchHit,
  type SearchResponse,
  type SearchType,
} from '../../../shared';
import { allWordsQuery, queryWords, renderSnippet, typoLimit, wordVariants } from './query-text';
import { chooseCorrection, chooseRealWordCorrection, REAL_WORD_FACTOR, typoTrials, withTrial, type NearbyRow, type Trial, type TrialCount } from './correction';
import { numberHead, queryIntent, RELAX_BELOW, STOP_WORD_WEIGHT, type NumberIntent } from './query-intent';
import { QueryGate } from './query-gate';
import { snippetOf } from './snippet';
import type { DocumentQuery, EntryKey, SearchEngine, SearchEntry, SearchQuery } from './types';

/** Runs one SQL statement with `?` placeholders (knex raw) and returns its rows. */
export type Sql = <Row>(text: string, bindings: unknown[]) => Promise<Row[]>;

// Both below are asked for at every query, with a few hundred different statement texts at most
// (one per combination of filters): remembered, not recomputed.
const numberedTexts = new Map<string, string>();
const statementNames = new Map<string, string>();

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the engine's SQL has no literal question marks). */
export function numberedPlaceholders(text: string): string {
  let numbered = numberedTexts.get(text);
  if (numbered === undefined) {
    let index = 0;
    numbered = text.replace(/\?/g, () => `$${++index}`);
    numberedTexts.set(text, numbered);
  }
  return numbered;
}

/**
 * A stable name per statement text: a connection then parses and plans each search statement
 * once, not at every query (planning was a large part of a query's time at 20 concurrent).
 */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `portal_search_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** How much of the body and of the attachments' text a snippet is cut from (each). */
const SNIPPET_SOURCE = 1500;
const WEIGHTS = '{0.1,0.2,0.4,1.0}';
/** Enough to tell a likely correction from an unlikely one, without counting every match of a common word. */
const COUNT_CAP = 20;
/**
 * The site search's first pages count their hits up to this many ("hơn 100 kết quả"): counting
 * all of a common word's hits means reading every item that holds it.
 */
const COUNTED_HITS = 100;
/** Up to this many distinct words, the first pages are ranked from the titles and summaries (pairs of words). */
const RANKED_WORDS = 6;
/**
 * How many rows holding a candidate's words have their title and summary, or their text, checked
 * for the phrase: a phrase the commune never wrote would otherwise cost reading every such row.
 */
const PHRASE_ROWS = 20;
/** Phrases are counted up to this many: enough to tell a phrase the commune writes from a chance one. */
const PHRASE_CAP = 3;

/**
 * A query's tsquery, computed once per statement: prepared statements run with a generic plan,
 * where `to_tsquery('vn', $1)` in a select list or a filter would be parsed again for every row
 * (through the unaccent dictionary); as an uncorrelated subquery (an InitPlan) it is a constant.
 */
const TSQUERY = "(SELECT to_tsquery('vn', ?))";

/**
 * The index keys of a commune's words ('7:rung') and of the values its documents are filtered on
 * ('7 field=Nông nghiệp'), as database/migrations/0007 indexes them: a match is
 * `portal_search_match_keys(…) @> keys`, every word and value present — for words, what
 * `tsv @@ 'w1 & w2 …'` finds, read from the commune's own posting lists.
 */
const keysOf = (communeId: number, words: readonly string[], values: readonly string[] = []): string[] => [
  ...words.map((word) => `${communeId}:${word}`),
  ...values.map((value) => `${communeId} ${value}`),
];
const matchKeys = (tsvector: string): string => `portal_search_match_keys(e.commune_id, ${tsvector}, e.type, e.document_type, e.issuing_body, e.field, e.signer, e.issue_date)`;
// The keys in an InitPlan too: a plan that saw them would be estimated so much cheaper than the
// generic plan that PostgreSQL would plan the statement again at every query.
const BOUND_KEYS = '(SELECT ?::text[])';
/** The item's words (with its filter values) hold every key of `keys` (a text[] expression). */
const textMatch = (keys: string): string => `${matchKeys('e.tsv')} @> ${keys}`;
/** The same in the attachments' text. */
const attachmentMatch = (keys: string): string => `${matchKeys('e.tsv_attachment')} @> ${keys}`;
/** The same in the titles and summaries (database/migrations/0008). */
const headMatch = (keys: string): string => `portal_search_keys(e.commune_id, e.tsv_head) @> ${keys}`;
const TEXT_MATCH = textMatch(BOUND_KEYS);
const ATTACHMENT_MATCH = attachmentMatch(BOUND_KEYS);

/**
 * For "did you mean", in the same statement as a query that found nothing: whether the commune's
 * index knows each word, and for each unknown one the known words within its typo limit, closest
 * first, as a JSON array of [position, known, candidate]. Near words share a variant with it (the
 * word with letters deleted, database/migrations/0009), looked up in an index rather than by
 * computing the distance to every word of the commune. Six `?` (nearbyBindings).
 * Parameters in InitPlans, for a generic plan (one that saw the commune is planned at every query).
 */
const NEARBY = `(SELECT json_agg(json_build_array(q.position, k.word IS NOT NULL, n.word) ORDER BY q.position, n.distance, n.word)
  FROM unnest((SELECT ?::text[]), (SELECT ?::int[])) WITH ORDINALITY AS q(word, max_edits, position)
  LEFT JOIN portal_search_words k ON k.commune_id = (SELECT ?::int) AND k.word = q.word
  LEFT JOIN LATERAL (
    SELECT c.word, levenshtein(c.word, q.word) AS distance FROM (
      SELECT DISTINCT v.word FROM portal_search_word_variants v
      WHERE k.word IS NULL AND v.commune_id = (SELECT ?::int) AND length(v.word) - length(v.variant) <= q.max_edits
        AND v.variant IN (SELECT x.variant FROM unnest((SELECT ?::text[]), (SELECT ?::int[])) AS x(variant, position) WHERE x.position = q.position)
    ) c
    ORDER BY distance, c.word LIMIT 20
  ) n ON true)`;

/** NEARBY for every word, known or not: the near words of a typo that is itself a word ('chin'). */
const NEARBY_ALL = NEARBY.replace('WHERE k.word IS NULL AND ', 'WHERE ');

/**
 * What a query that finds nothing brings for "did you mean": with two words or more, the near
 * words of known words too (a typo that is a word), which saves a statement when all are known.
 */
const nearbyOf = (words: readonly string[]): string => (new Set(words).size >= 2 ? NEARBY_ALL : NEARBY);

/**
 * NEARBY's parameters: the words, their typo limits, the commune twice, then the variants of each
 * word that may be corrected (not numbers, not under three letters) with the word's position.
 */
function nearbyBindings(communeId: number, words: readonly string[]): unknown[] {
  const variants: string[] = [];
  const positions: number[] = [];
  words.forEach((word, index) => {
    if (word.length < 3 || /^[0-9]+$/.test(word)) return;
    for (const variant of wordVariants(word, typoLimit(word))) {
      variants.push(variant);
      positions.push(index + 1);
    }
  });
  return [words, words.map(typoLimit), communeId, communeId, variants, positions];
}

/**
 * Best first: the number/symbol (3 as typed, 2 its number with the type named or alone, 1 its
 * number with another type), then by rank, then a match in the body, newest first among equals.
 */
const ORDER = 'exact DESC, rank DESC, in_body DESC, day DESC NULLS LAST, id DESC';
/** The same order over the page's hits (`h`, hitsOfPage). */
const HIT_ORDER = ORDER.replace(/(\w+) (DESC|ASC)/g, 'h.$1 $2');

/**
 * The rank of a row by its title and summary: ts_rank, and 1 more where the query's words stand
 * there side by side in the query's order (`phrase`, 'a <-> b'): a phrase in the title first.
 * Only rows holding the words in their title or summary get either (what rankedPage relies on).
 */
const headRank = (tsquery: () => string, phrase: () => string): string =>
  `(ts_rank('${WEIGHTS}', e.tsv_head, ${tsquery()}) + CASE WHEN e.tsv_head @@ ${phrase()} THEN 1 ELSE 0 END)`;

/** The words as a phrase tsquery ('a <-> b <-> c'), words kept in the query's order. */
const phraseQuery = (words: readonly string[]): string => words.map((word) => word.replace(/[^a-z0-9]/g, '')).filter(Boolean).join(' <-> ');

/**
 * The rank and the body match of a row for the query's tsquery (`tsquery()` is named three times):
 * a match in the title (A) or summary (B) by rank, then in the body, then only in the attachments.
 * Only rows with an attachment and without a title/summary match need the body checked; a row
 * without attachment matched by its own text.
 */
const rankColumns = (tsquery: () => string, phrase: () => string): string => `${headRank(tsquery, phrase)} AS rank,
  CASE WHEN e.attachment_text IS NULL OR e.tsv_head @@ ${tsquery()} THEN true ELSE e.tsv @@ ${tsquery()} END AS in_body`;
const RANK_COLUMNS = rankColumns(() => TSQUERY, () => TSQUERY);

/**
 * The page's rows (`paged`: id and order columns) with what a hit shows, and a passage to cut its
 * snippet from. Dates come as the text the API gives (ISO), not as values the driver parses.
 */
const hitsOfPage = (snippets: boolean): string => `SELECT p.*, e.type, e.document_id, e.locale, e.slug, e.title, e.number_symbol,
         to_char(e.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at, e.issue_date::text AS issue_date, e.document_type, e.issuing_body, e.summary,
         ${snippets ? `concat_ws(' ', e.summary, left(e.body, ${SNIPPET_SOURCE}), left(e.attachment_text, ${SNIPPET_SOURCE}))` : 'NULL'} AS snippet_source
       FROM paged p JOIN portal_search_entries e ON e.id = p.id`;

/** What the statement returns of a hit (`h`, hitsOfPage): not the order columns, which only order it. */
const HIT_COLUMNS = 'h.type, h.document_id, h.locale, h.slug, h.title, h.number_symbol, h.published_at, h.issue_date, h.document_type, h.issuing_body, h.summary, h.snippet_source';

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/**
 * A statement's bindings, collected in the order its text names them: `${bind(value)}` in a
 * template literal (evaluated left to right), or `${raw(text, values)}` for a fragment with its own `?`s.
 */
class Bindings {
  readonly values: unknown[] = [];

  bind = (value: unknown): string => {
    this.values.push(value);
    return '?';
  };

  raw = (text: string, values: readonly unknown[]): string => {
    this.values.push(...values);
    return text;
  };
}

interface HitRow {
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

function toHit(row: HitRow, words: readonly string[]): SearchHit {
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
interface FacetRow {
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
interface FacetsOn {
  today: string;
}

interface Page {
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

/** The legal status of a document row on `today` (same rule as the CMS: cms/src/domain/document-rules.ts). */
const STATUS_SQL = `CASE WHEN e.expiry_date IS NOT NULL AND e.expiry_date <= ?::date THEN 'expired'
  WHEN coalesce(e.effective_date, e.issue_date) > ?::date THEN 'not_yet_in_force' ELSE 'in_force' END`;

interface Filter {
  where: string[];
  bindings: unknown[];
  /** The number field holds a number alone: rows are found by the number index (0014) when there are no words. */
  numberHead?: string;
  /** The values of `where` that are also index keys ('field=Nông nghiệp'): looked up with the words. */
  values: string[];
}

/** How page() finds and ranks, beyond every word as typed. */
interface PageHow {
  /** Documents and procedures named by their number (./query-intent.ts). */
  number?: NumberIntent | null;
  /** Each word's weight: find the items holding any word that carries meaning (a partial match). */
  relaxed?: readonly number[] | null;
}

/** A word in more items than this counts as common as can be (its weight's rarity part is least). */
const DF_CAP = 200;
/** A partial match reads at most this many of the commune's items holding a word that carries meaning. */
const RELAXED_ROWS = 3000;
/** A partial match is kept when it holds at least this share of the best partial match's weight. */
const RELAXED_SHARE = 0.5;

/**
 * A partial match's words (distinct), their weights, the words that find items (those carrying
 * meaning: stop words only when there is nothing else), and the query's neighbouring pairs.
 */
function relaxedWords(words: readonly string[], weights: readonly number[]): { words: string[]; weights: number[]; finding: string[]; pairs: Array<[string, string]> } {
  const weightOf = new Map<string, number>();
  words.forEach((word, index) => weightOf.set(word, Math.max(weightOf.get(word) ?? 0, weights[index] ?? 1)));
  const distinct = [...weightOf.keys()];
  const meaningful = distinct.filter((word) => (weightOf.get(word) ?? 1) > STOP_WORD_WEIGHT);
  const pairs: Array<[string, string]> = [];
  for (let index = 1; index < words.length; index += 1) pairs.push([words[index - 1] as string, words[index] as string]);
  return { words: distinct, weights: distinct.map((word) => weightOf.get(word) ?? 1), finding: meaningful.length > 0 ? meaningful : distinct, pairs };
}

/** The site search's first pages, up to the COUNTED_HITS-th hit, are served by ranked pages. */
const rankedPageServes = (pageNumber: number, pageSize: number): boolean => pageNumber * pageSize <= COUNTED_HITS;

/**
 * What a ranked page's title or summary must hold, as sets of distinct words (any one will do):
 * every word for one or two words; for more, any two of them.
 */
const headPairs = (distinct: readonly string[]): string[][] =>
  distinct.length <= 2 ? [[...distinct]] : distinct.flatMap((word, index) => distinct.slice(index + 1).map((other) => [word, other]));

/** What a ranked page is for, as SQL: from bound values, or from an earlier CTE (`prefix`). */
interface RankedInput {
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

interface RankedRow extends HitRow {
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
function rankedPageSql(b: Bindings, communeId: number, extra: Filter, pageNumber: number, pageSize: number, input: RankedInput): string {
  const conditions = () => `e.commune_id + 0 = ${b.bind(communeId)}${b.raw(extra.where.map((condition) => ` AND ${condition}`).join(''), extra.bindings)}`;
  const inText = () => `(${textMatch(input.keys())} OR ${attachmentMatch(input.keys())})`;
  const guard = () => (input.guard ? `${input.guard} AND ` : '');
  // Whether the page comes from `few` (one InitPlan each where it is named, so that the branch not
  // taken is never read): the ranked items do not fill it, and are not every hit, of a few.
  const fromFew = () => `(SELECT t.ranked < ${b.bind(pageNumber * pageSize)} AND t.total > t.ranked AND t.total <= ${COUNTED_HITS} FROM tally t)`;
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
interface Ranked {
  /** Its page; null when the ranked items do not fill it among more than COUNTED_HITS hits (the full query must run). */
  page: Page | null;
  /** "Did you mean"'s near words when few were found, brought either way (the hits are counted alike). */
  nearby: NearbyRow[];
  /** `nearby` holds every word's near words (NEARBY_ALL), as page()'s does when it finds few. */
  nearbyOfAll: boolean;
}

function readRankedPage(rows: RankedRow[], words: readonly string[], pageNumber: number, pageSize: number, nearbyOfAll = false): Ranked {
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

export interface PostgresEngineOptions {
  /** Searches run at once (./query-gate.ts); the rest wait their turn. Two per core by default. */
  concurrency?: number;
}

/** Two searches per core keep every core busy while one waits for its next statement. */
export const defaultSearchConcurrency = (): number => 2 * availableParallelism();

export function createPostgresEngine(sql: Sql, options: PostgresEngineOptions = {}): SearchEngine {
  const gate = new QueryGate(options.concurrency ?? defaultSearchConcurrency());
  /**
   * "Did you mean": how each trial (./correction.ts) does, as CTEs ending in `counted` (trial,
   * phrase, found). Each trial's keys and phrase are computed once (a MATERIALIZED row each); its
   * words are looked up by their keys, the phrase (words side by side) then counted in the titles
   * and summaries holding them (their own index, 0008). Only when no trial for the same word stands
   * there is the whole text (a larger tsvector, stored apart) checked. Both look at the first
   * PHRASE_ROWS rows holding the words. What the corrected query finds (`found`) decides only
   * between the trials with the most phrases for their word, and whether there is a correction at
   * all; the others are not counted (0), nor a sole best whose phrase holds every word (its
   * phrase count stands for it). For a typo that is a word (`realWord`), neither is a trial whose
   * phrase stands no more often than the word as typed makes its own: chooseRealWordCorrection
   * passes it over whatever it finds (most of the counting, on a commune's common words, saved).
   */
  function trialCounts(b: Bindings, communeId: number, trials: readonly Trial[], realWord = false): string {
    return `t AS MATERIALIZED (
         SELECT t.trial::int AS trial, t.word_index, t.as_typed, string_to_array(t.phrase_keys, ' ') AS phrase_keys, string_to_array(t.context_keys, ' ') AS context_keys,
                CASE WHEN t.phrase LIKE '%<->%' THEN to_tsquery('vn', t.phrase) END AS phrase
         FROM unnest((SELECT ${b.bind(trials.map((trial) => trial.phrase.join(' <-> ')))}::text[]), (SELECT ${b.bind(trials.map((trial) => keysOf(communeId, trial.phrase).join(' ')))}::text[]),
                     (SELECT ${b.bind(trials.map((trial) => keysOf(communeId, trial.context).join(' ')))}::text[]), (SELECT ${b.bind(trials.map((trial) => trial.index))}::int[]),
                     (SELECT ${b.bind(trials.map((trial) => trial.asTyped === true))}::boolean[]))
              WITH ORDINALITY AS t(phrase, phrase_keys, context_keys, word_index, as_typed, trial)
       ), trial_heads AS MATERIALIZED (
         SELECT t.*,
           CASE WHEN t.phrase IS NULL
             THEN (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                     WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${textMatch('t.phrase_keys')} LIMIT ${COUNT_CAP}) w)
             ELSE (SELECT count(*) FROM (SELECT 1 FROM (
                     SELECT e.tsv_head FROM portal_search_entries e
                     WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${headMatch('t.phrase_keys')} LIMIT ${PHRASE_ROWS}
                   ) r WHERE r.tsv_head @@ t.phrase LIMIT ${PHRASE_CAP}) h)
           END AS n
         FROM t
       ), phrased AS MATERIALIZED (
         SELECT h.trial, h.word_index, h.as_typed, h.phrase_keys, h.context_keys,
           CASE WHEN h.phrase IS NULL OR EXISTS (SELECT 1 FROM trial_heads other WHERE other.word_index = h.word_index AND other.phrase IS NOT NULL AND other.n > 0) THEN h.n
             ELSE (SELECT count(*) FROM (SELECT 1 FROM (
                     SELECT e.tsv FROM portal_search_entries e
                     WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${textMatch('h.phrase_keys')} LIMIT ${PHRASE_ROWS}
                   ) r WHERE r.tsv @@ h.phrase LIMIT ${PHRASE_CAP}) b)
           END AS phrase
         FROM trial_heads h
       ), counted AS MATERIALIZED (
         SELECT p.trial, p.phrase,
           -- A word as typed only sets the bar with its phrase (chooseRealWordCorrection).
           CASE WHEN p.as_typed OR p.phrase < (SELECT max(o.phrase) FROM phrased o WHERE o.word_index = p.word_index) THEN 0${
             realWord ? `
             WHEN p.phrase <= coalesce((SELECT max(o.phrase) FROM phrased o WHERE o.as_typed AND o.word_index = p.word_index), 0) THEN 0` : ''
           }
             -- The one trial with most phrases, its phrase holding all the words the corrected query
             -- needs: that query finds at least the items with the phrase, no need to count them again.
             WHEN p.phrase > 0 AND p.context_keys <@ p.phrase_keys AND (SELECT count(*) FROM phrased o WHERE o.word_index = p.word_index AND o.phrase = p.phrase) = 1 THEN p.phrase
             ELSE (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                     WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${textMatch('p.context_keys')} LIMIT ${COUNT_CAP}) f)
           END AS found
         FROM phrased p
       )`;
  }

  /** Counts the trials (trialCounts) in a statement of their own. */
  async function countTrials(communeId: number, trials: readonly Trial[], realWord = false): Promise<TrialCount[]> {
    const b = new Bindings();
    const rows = await sql<{ trial: number; phrase: string; found: string }>(`WITH ${trialCounts(b, communeId, trials, realWord)} SELECT trial, phrase, found FROM counted ORDER BY trial`, b.values);
    return rows.map((row) => ({ trial: Number(row.trial), phrase: Number(row.phrase), found: Number(row.found) }));
  }

  /**
   * One page of hits for a text query (and optional extra conditions), best first, with the
   * number of all hits and, for the document search, the facets of all hits: one statement, the
   * matching rows read once. `how.number` adds the documents and procedures named by their number
   * (first); `how.relaxed` (each word's weight) finds the items holding any of the words that carry
   * meaning, ranked by the words they hold (rarer ones weigh more) below those holding all.
   */
  async function page(communeId: number, words: string[], key: string | null, extra: Filter, pageNumber: number, pageSize: number, facetsOn: FacetsOn | null, suggest: boolean, how: PageHow = {}): Promise<Page> {
    const tsquery = allWordsQuery(words);
    const number = how.number ?? null;
    if (tsquery === '' && key === null && number === null && extra.where.length === 0) return { hits: [], total: 0, capped: false, facets: [], nearby: [] };
    const b = new Bindings();
    const keys = keysOf(communeId, words, extra.values);
    const relaxed = how.relaxed && tsquery !== '' ? relaxedWords(words, how.relaxed) : null;
    const exact = (): string => {
      const tiers: string[] = [];
      if (key !== null) tiers.push(`WHEN e.number_key = ${b.bind(key)} THEN 3`);
      if (number !== null) {
        const head = `e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(number.head)}`;
        tiers.push(
          number.typeName === null
            ? `WHEN ${head} THEN 2`
            : `WHEN ${head} THEN CASE WHEN vn_fold(coalesce(e.document_type, '')) = ${b.bind(number.typeName)} OR ${b.bind(number.abbreviation ?? '-')} = ANY(regexp_split_to_array(e.number_key, '[^a-z0-9]+')) THEN 2 ELSE 1 END`,
        );
      }
      return tiers.length > 0 ? `CASE ${tiers.join(' ')} ELSE 0 END` : '0';
    };
    const rankSelect = (): string => (tsquery !== '' ? b.raw(RANK_COLUMNS, [tsquery, phraseQuery(words) || tsquery, tsquery, tsquery]) : '0 AS rank, false AS in_body');
    const facetColumns = (): string =>
      facetsOn ? `, e.document_type, e.issuing_body, e.field, e.signer, extract(year FROM e.issue_date)::int AS year, ${b.raw(STATUS_SQL, [facetsOn.today, facetsOn.today])} AS status` : '';
    // With words (or filter values), the commune's keys find the rows: the commune is then checked
    // on each row (as `commune_id + 0`, which no index serves) rather than ANDed with its 1,800
    // index entries. The filters stay conditions too (keys only narrow the rows read).
    const headOnly = tsquery === '' && key === null && number === null && extra.numberHead !== undefined;
    const valuesOnly = tsquery === '' && extra.values.length > 0 && key === null && number === null && !headOnly;
    const byKeys = tsquery !== '' || valuesOnly || headOnly || key !== null || number !== null;
    const where = (): string => {
      const conditions = [`e.commune_id${byKeys ? ' + 0' : ''} = ${b.bind(communeId)}`];
      if (extra.where.length > 0) conditions.push(b.raw(extra.where.join(' AND '), extra.bindings));
      const matches: string[] = [];
      if (relaxed) {
        // Any word that carries meaning finds the row (the values must all be there).
        const any = () => `(SELECT ${b.bind(relaxed.finding.map((word) => `${communeId}:${word}`))}::text[])`;
        const all = () => `(SELECT ${b.bind(keysOf(communeId, [], extra.values))}::text[])`;
        matches.push(`(${matchKeys('e.tsv')} && ${any()} AND ${matchKeys('e.tsv')} @> ${all()})`, `(${matchKeys('e.tsv_attachment')} && ${any()} AND ${matchKeys('e.tsv_attachment')} @> ${all()})`);
      } else if (tsquery !== '') matches.push(b.raw(TEXT_MATCH, [keys]), b.raw(ATTACHMENT_MATCH, [keys]));
      else if (valuesOnly) matches.push(b.raw(TEXT_MATCH, [keysOf(communeId, [], extra.values)]));
      if (key !== null) matches.push(`(e.commune_id = ${b.bind(communeId)} AND e.number_key = ${b.bind(key)})`);
      if (number !== null) matches.push(`(e.commune_id = ${b.bind(communeId)} AND e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(number.head)})`);
      if (headOnly) matches.push(`(e.commune_id = ${b.bind(communeId)} AND e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(extra.numberHead)})`);
      if (matches.length > 0) conditions.push(`(${matches.join(' OR ')})`);
      return conditions.join(' AND ');
    };
    // The facets: one row per value of each facet (GROUPING says which), as one JSON array.
    // (The totals are selected `OFFSET 0`, so that using one twice does not compute it twice.)
    const facets = facetsOn
      ? `, (SELECT json_agg(f) FROM (
           SELECT document_type, issuing_body, field, signer, year, status, count(*) AS n,
                  GROUPING(document_type, issuing_body, field, signer, year, status) AS g
           FROM matched GROUP BY GROUPING SETS ((document_type), (issuing_body), (field), (signer), (year), (status))
         ) f) AS facets`
      : '';
    const matched = relaxed
      ? `q AS MATERIALIZED (
           -- Each word's weight: its own (a stop word counts little) times how rare it is in the commune.
           SELECT x.word, to_tsquery('vn', x.word) AS tsq, x.weight > ${STOP_WORD_WEIGHT} AS meaningful,
                  x.weight * ln(1 + ${DF_CAP}.0 / greatest(1, (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                    WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${matchKeys('e.tsv')} @> ARRAY[${b.bind(String(communeId))} || ':' || x.word] LIMIT ${DF_CAP}) d))) AS w
           FROM unnest((SELECT ${b.bind(relaxed.words)}::text[]), (SELECT ${b.bind(relaxed.weights)}::float8[])) AS x(word, weight)
         ), pairs AS MATERIALIZED (
           SELECT to_tsquery('vn', p.a || ' <-> ' || p.b) AS tsq, (qa.w + qb.w) / 2 AS w
           FROM unnest((SELECT ${b.bind(relaxed.pairs.map(([first]) => first))}::text[]), (SELECT ${b.bind(relaxed.pairs.map(([, second]) => second))}::text[])) AS p(a, b)
           JOIN q qa ON qa.word = p.a JOIN q qb ON qb.word = p.b
         ), scored AS MATERIALIZED (
           SELECT e.id, ${exact()} AS exact, coalesce(e.issue_date, e.published_at::date) AS day${facetColumns()},
                  (SELECT coalesce(sum(q.w), 0) FROM q WHERE e.tsv @@ q.tsq OR e.tsv_attachment @@ q.tsq) AS coverage,
                  (SELECT count(*) FROM q WHERE q.meaningful AND (e.tsv @@ q.tsq OR e.tsv_attachment @@ q.tsq)) AS held,
                  (SELECT coalesce(sum(q.w), 0) FROM q WHERE e.tsv_head @@ q.tsq) AS head,
                  (SELECT coalesce(sum(p.w), 0) FROM pairs p WHERE e.tsv_head @@ p.tsq) AS head_pairs,
                  (SELECT coalesce(sum(p.w), 0) FROM pairs p WHERE e.tsv @@ p.tsq) AS text_pairs,
                  e.tsv @@ (SELECT to_tsquery('vn', ${b.bind(tsquery)})) AS all_words
           FROM portal_search_entries e
           WHERE ${where()}
           LIMIT ${RELAXED_ROWS}
         ), matched AS MATERIALIZED (
           -- Holding every word first; then the words held (rarer ones weigh more), in the title
           -- and summary, side by side as in the query. Only the items holding at least half of
           -- the best partial match's weight ("the items that hold the most of them"), and half
           -- the words that carry meaning: one common word of three is not what was asked.
           SELECT s.id, s.exact, (CASE WHEN s.all_words THEN 100 ELSE 0 END) + s.coverage + 0.5 * s.head + s.head_pairs + 0.3 * s.text_pairs AS rank,
                  true AS in_body, s.day${facetsOn ? ', s.document_type, s.issuing_body, s.field, s.signer, s.year, s.status' : ''}
           FROM scored s
           WHERE s.exact > 0 OR s.all_words
              OR (s.coverage >= ${RELAXED_SHARE} * (SELECT max(o.coverage) FROM scored o) AND s.held * 2 >= (SELECT count(*) FROM q WHERE q.meaningful))
         )`
      : `matched AS MATERIALIZED (
         SELECT e.id, ${exact()} AS exact, ${rankSelect()}, coalesce(e.issue_date, e.published_at::date) AS day${facetColumns()}
         FROM portal_search_entries e
         WHERE ${where()}
       )`;
    // A query of several words that finds little is checked for a typo that is a word
    // (withCorrection): the near words of every word come with its hits.
    const nearbyWhenFew = suggest && new Set(words).size >= 2 && key === null && number === null && extra.where.length <= 1;
    const text = `WITH ${matched}, paged AS (
         SELECT m.id, m.exact, m.rank, m.in_body, m.day FROM matched m ORDER BY ${ORDER} LIMIT ${b.bind(pageSize)} OFFSET ${b.bind((pageNumber - 1) * pageSize)}
       )
       SELECT s.*, ${HIT_COLUMNS}
       FROM (SELECT c.*${suggest ? `, CASE WHEN c.total ${nearbyWhenFew ? `< ${RELAX_BELOW}` : '= 0'} THEN ${b.raw(nearbyOf(words), nearbyBindings(communeId, words))} END AS nearby` : ''} FROM (SELECT (SELECT count(*) FROM matched) AS total${facets} OFFSET 0) c) s
       LEFT JOIN (${hitsOfPage(tsquery !== '')}) h ON true
       ORDER BY ${HIT_ORDER}`;
    const rows = await sql<HitRow & { facets?: FacetRow[] | null; nearby?: NearbyRow[] | null }>(text, b.values);
    const [first] = rows;
    return {
      hits: rows.filter((row) => row.document_id !== null).map((row) => toHit(row, words)),
      total: Number(first?.total ?? 0),
      capped: false,
      facets: first?.facets ?? [],
      nearby: first?.nearby ?? [],
      nearbyOfAll: nearbyWhenFew,
    };
  }

  /** The known words near each word of the query, known or not (NEARBY_ALL), for a typo that is a word. */
  async function nearbyAll(communeId: number, words: readonly string[]): Promise<NearbyRow[]> {
    const rows = await sql<{ nearby: NearbyRow[] | null }>(`SELECT ${NEARBY_ALL} AS nearby`, nearbyBindings(communeId, words));
    return rows[0]?.nearby ?? [];
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
  async function rankedPage(communeId: number, words: string[], extra: Filter, pageNumber: number, pageSize: number, suggest: boolean): Promise<Ranked | null> {
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

  /**
   * "Did you mean" for a site search's first pages, in one statement: the trials counted, the best
   * chosen and the ranked page of its corrected query. Two rules choose (./correction.ts), both
   * in SQL here: for one unknown word, chooseCorrection's (most phrases, then most found, the
   * first listed among equals; found > 0); with `typedFound` (what the query as typed found), a
   * typo that is a word, chooseRealWordCorrection's (not the word as typed, more phrases than the
   * word as typed makes, found ≥ max(1, typedFound × REAL_WORD_FACTOR), then the same order).
   * Null when no trial is chosen; `page` null when the ranked page does not serve the chosen words.
   */
  async function correctedRankedPage(
    communeId: number,
    words: string[],
    trials: readonly Trial[],
    extra: Filter,
    pageNumber: number,
    pageSize: number,
    typedFound: number | null = null,
  ): Promise<{ words: string[]; page: Page | null } | null> {
    const b = new Bindings();
    const corrected = trials.map((trial) => withTrial(words, trial));
    // Each trial's title-or-summary keys, as the ranked page of its words takes them: one set per
    // pair of words (headPairs), as many slots as the trial with most pairs needs (the others
    // repeat their last set, which changes nothing in an OR). Sets are joined by '|', keys by ' '.
    // Only the trials that may be chosen (not a word as typed) decide the slots and allInHead.
    const choosable = trials.map((trial) => typedFound === null || !trial.asTyped);
    const pairsOf = corrected.map((query) => headPairs([...new Set(query)]).map((pair) => keysOf(communeId, pair).join(' ')));
    const slots = Math.max(1, ...pairsOf.filter((_, index) => choosable[index]).map((pairs) => pairs.length));
    const padded = pairsOf.map((pairs) => [...pairs, ...Array.from({ length: slots - pairs.length }, () => pairs[pairs.length - 1] ?? '')].join('|'));
    const counts = trialCounts(b, communeId, trials, typedFound !== null);
    // The chosen trial's words, as the ranked page takes them; `found` 0 means no correction. Word
    // keys ('7:dinh') have no spaces; filter values ('7 field=Nông nghiệp') do: those go as JSON.
    // A function: its binding is taken where the text names it (after the unnest's).
    const realWord = (): string => typedFound === null ? '' : `WHERE NOT p.as_typed
           AND c.phrase > coalesce((SELECT max(o.phrase) FROM phrased o WHERE o.as_typed AND o.word_index = p.word_index), 0)
           AND c.found >= greatest(1, (SELECT ${b.bind(typedFound * REAL_WORD_FACTOR)}::float8))`;
    const best = `best AS MATERIALIZED (
         SELECT c.trial, c.found, w.tsquery, w.phrase, w.head_keys, ARRAY(SELECT json_array_elements_text(w.keys::json)) AS keys
         FROM counted c JOIN phrased p ON p.trial = c.trial
         JOIN unnest((SELECT ${b.bind(corrected.map(allWordsQuery))}::text[]), (SELECT ${b.bind(padded)}::text[]),
                     (SELECT ${b.bind(corrected.map((query) => JSON.stringify(keysOf(communeId, query, extra.values))))}::text[]),
                     (SELECT ${b.bind(corrected.map(phraseQuery))}::text[]))
              WITH ORDINALITY AS w(tsquery, head_keys, keys, phrase, trial) ON w.trial = c.trial
         ${realWord()}
         ORDER BY c.phrase DESC, c.found DESC, c.trial LIMIT 1
       )`;
    // Every word in the title or summary when every query that may be chosen has one or two words
    // (for more, the text is checked too, as rankedPage does).
    const text = rankedPageSql(b, communeId, extra, pageNumber, pageSize, {
      prefix: `${counts}, ${best}`,
      tsquery: () => '(SELECT to_tsquery(\'vn\', best.tsquery) FROM best)',
      phrase: () => '(SELECT to_tsquery(\'vn\', best.phrase) FROM best)',
      headKeys: () => Array.from({ length: slots }, (_, slot) => `(SELECT string_to_array(split_part(best.head_keys, '|', ${slot + 1}), ' ') FROM best)`),
      keys: () => '(SELECT best.keys FROM best)',
      allInHead: corrected.every((query, index) => !choosable[index] || new Set(query).size <= 2),
      guard: '(SELECT best.found FROM best) > 0',
      chosen: true,
    });
    const rows = await sql<RankedRow>(text, b.values);
    const [first] = rows;
    const chosen = trials[Number(first?.chosen_trial ?? 0) - 1];
    if (!chosen || Number(first?.chosen_found ?? 0) === 0) return null;
    const query = withTrial(words, chosen);
    return { words: query, page: readRankedPage(rows, query, pageNumber, pageSize).page };
  }

  /**
   * Runs the query. When it finds nothing and some words were unknown, runs the corrected one.
   * When it finds fewer than RELAX_BELOW items: a word the commune knows may be a typo of another
   * ('hanh chin'), corrected where the commune's text writes the corrected phrase and it finds far
   * more; otherwise the items holding most of the words are added, below those holding all.
   */
  async function withCorrection(
    communeId: number,
    text: string,
    extra: Filter,
    pageNumber: number,
    pageSize: number,
    facetsOn: FacetsOn | null = null,
  ): Promise<Page & { query: string; didYouMean: string | null; corrected: boolean }> {
    const words = queryWords(text);
    const key = looksLikeNumber(text) ? numberKey(text) : null;
    const intent = queryIntent(words);
    const number = key === null ? intent.number : null;
    // The site search (no facets to count over every hit) tries the ranked first page; a
    // number or symbol, whose exact match comes first, always runs the full query.
    // The first query also brings, when it finds nothing, what "did you mean" starts from.
    const run = async (query: string[], numberKeyOf: string | null, suggest: boolean, how: PageHow = {}): Promise<Page> => {
      const ranked = !facetsOn && numberKeyOf === null && !how.number ? await rankedPage(communeId, query, extra, pageNumber, pageSize, suggest) : null;
      if (ranked?.page) return ranked.page;
      // The full query; "did you mean"'s near words came with the ranked page already.
      if (ranked) return { ...(await page(communeId, query, numberKeyOf, extra, pageNumber, pageSize, facetsOn, false, how)), nearby: ranked.nearby, nearbyOfAll: ranked.nearbyOfAll };
      return page(communeId, query, numberKeyOf, extra, pageNumber, pageSize, facetsOn, suggest, how);
    };
    const first = await run(words, key, words.length > 0, { number });
    const query = words.join(' ');
    const unchanged = { ...first, query, didYouMean: null, corrected: false };
    // A document search narrowed by its filters that finds some items has found what it was asked.
    const narrowed = extra.where.length > 1 && first.total > 0;
    if (first.total >= RELAX_BELOW || words.length === 0 || key !== null || narrowed) return unchanged;
    const suggestion = (page: Page, corrected: string[]) => ({ ...page, query, didYouMean: corrected.join(' '), corrected: page.total > 0 });
    // A partial match of the words as typed (or the page as it is, for a single word).
    const relaxed = async () => {
      // Three words carrying meaning at least: two are mostly one Vietnamese word ('ke hoach'),
      // which one syllable of does not stand for.
      if (intent.weights.filter((weight, index) => weight > STOP_WORD_WEIGHT && words.indexOf(words[index] as string) === index).length < 3) return unchanged;
      const partial = await page(communeId, words, null, extra, pageNumber, pageSize, facetsOn, false, { number, relaxed: intent.weights });
      return partial.total > first.total ? { ...partial, query, didYouMean: null, corrected: false } : unchanged;
    };
    if (first.total > 0 || first.nearby.every(([, known]) => known)) {
      // Every word known (or some found): a typo that is a word, judged by the commune's phrases.
      // (A query that found nothing brought the near words of every word with it: NEARBY_ALL.)
      if (new Set(words).size >= 2 && number === null) {
        const trials = typoTrials(words, first.total === 0 || first.nearbyOfAll ? first.nearby : await nearbyAll(communeId, words), true);
        // A site search's first pages: counted, chosen and paged in one statement (the ranked page
        // serves every trial's words), instead of a count and then the corrected query.
        if (trials.length > 0 && !facetsOn && rankedPageServes(pageNumber, pageSize) && trials.every((trial) => new Set(withTrial(words, trial)).size <= RANKED_WORDS)) {
          const chosen = await correctedRankedPage(communeId, words, trials, extra, pageNumber, pageSize, first.total);
          const second = chosen && (chosen.page ?? (await page(communeId, chosen.words, null, extra, pageNumber, pageSize, null, false)));
          if (chosen && second && second.total > first.total) return suggestion(second, chosen.words);
          return relaxed();
        }
        const corrected = trials.length > 0 ? chooseRealWordCorrection(words, trials, await countTrials(communeId, trials, true), first.total) : null;
        if (corrected) {
          const second = await run(corrected, null, false);
          if (second.total > first.total) return suggestion(second, corrected);
        }
      }
      return relaxed();
    }
    const trials = typoTrials(words, first.nearby);
    if (trials.length === 0) return relaxed();
    // A single candidate is not counted beforehand: suggested only if it finds something.
    if (trials.length === 1) {
      const corrected = withTrial(words, trials[0] as Trial);
      const second = await run(corrected, null, false);
      return second.total > 0 ? suggestion(second, corrected) : relaxed();
    }
    // Several candidates for one word of a short site search (one or two words once corrected, a
    // ranked page): counted and paged in one statement.
    const oneWordCorrected = new Set(trials.map((trial) => trial.index)).size === 1;
    const shortOnceCorrected = trials.every((trial) => new Set(withTrial(words, trial)).size <= 2);
    if (!facetsOn && oneWordCorrected && shortOnceCorrected && rankedPageServes(pageNumber, pageSize)) {
      const chosen = await correctedRankedPage(communeId, words, trials, extra, pageNumber, pageSize);
      if (!chosen) return relaxed();
      return suggestion(chosen.page ?? (await page(communeId, chosen.words, null, extra, pageNumber, pageSize, null, false)), chosen.words);
    }
    const corrected = chooseCorrection(words, trials, await countTrials(communeId, trials));
    const second = corrected ? await run(corrected, null, false) : null;
    return corrected && second && second.total > 0 ? suggestion(second, corrected) : relaxed();
  }

  /** A capped total reaches one page past the hits counted (served by the full query, which counts them all). */
  const pagination = (pageNumber: number, pageSize: number, total: number, capped = false) =>
    capped
      ? { page: pageNumber, pageSize, total, pageCount: Math.floor(total / pageSize) + 1, totalCapped: true }
      : { page: pageNumber, pageSize, total, pageCount: Math.ceil(total / pageSize) };

  return {
    name: 'postgres',

    async upsert(entries: SearchEntry[]): Promise<void> {
      for (let start = 0; start < entries.length; start += 200) {
        const batch = entries.slice(start, start + 200).map((entry) => ({
          commune_id: entry.communeId,
          type: entry.type,
          document_id: entry.documentId,
          locale: entry.locale,
          slug: entry.slug,
          title: entry.title,
          number_symbol: entry.numberSymbol,
          number_key: entry.numberSymbol ? numberKey(entry.numberSymbol) : null,
          summary: entry.summary,
          body: entry.body,
          attachment_text: entry.attachmentText,
          document_type: entry.documentType,
          issuing_body: entry.issuingBody,
          field: entry.field,
          signer: entry.signer,
          issue_date: entry.issueDate,
          effective_date: entry.effectiveDate,
          expiry_date: entry.expiryDate,
          published_at: entry.publishedAt,
        }));
        await sql(
          `WITH input AS (
             SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(commune_id int, type text, document_id text, locale text, slug text, title text,
               number_symbol text, number_key text, summary text, body text, attachment_text text, document_type text, issuing_body text,
               field text, signer text, issue_date date, effective_date date, expiry_date date, published_at timestamptz)
           ), upserted AS (
             INSERT INTO portal_search_entries (commune_id, type, document_id, locale, slug, title, number_symbol, number_key, summary, body,
               attachment_text, document_type, issuing_body, field, signer, issue_date, effective_date, expiry_date, published_at, tsv, tsv_head, tsv_attachment, updated_at)
             SELECT commune_id, type, document_id, locale, slug, title, number_symbol, number_key, summary, body, attachment_text, document_type,
               issuing_body, field, signer, issue_date, effective_date, expiry_date, published_at,
               -- Slashes read as spaces (database/migrations/0014): 'tháng 8/2026' holds the word '8'.
               setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
                 || setweight(to_tsvector('vn', portal_search_text(summary)), 'B') || setweight(to_tsvector('vn', portal_search_text(body)), 'C'),
               setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
                 || setweight(to_tsvector('vn', portal_search_text(summary)), 'B'),
               setweight(to_tsvector('vn', portal_search_text(attachment_text)), 'D'),
               now()
             FROM input
             ON CONFLICT (type, document_id, locale) DO UPDATE SET commune_id = EXCLUDED.commune_id, slug = EXCLUDED.slug, title = EXCLUDED.title,
               number_symbol = EXCLUDED.number_symbol, number_key = EXCLUDED.number_key, summary = EXCLUDED.summary, body = EXCLUDED.body,
               attachment_text = EXCLUDED.attachment_text, document_type = EXCLUDED.document_type, issuing_body = EXCLUDED.issuing_body,
               field = EXCLUDED.field, signer = EXCLUDED.signer, issue_date = EXCLUDED.issue_date, effective_date = EXCLUDED.effective_date,
               expiry_date = EXCLUDED.expiry_date, published_at = EXCLUDED.published_at, tsv = EXCLUDED.tsv, tsv_head = EXCLUDED.tsv_head,
               tsv_attachment = EXCLUDED.tsv_attachment, updated_at = now()
             RETURNING commune_id, tsv, tsv_attachment
           ), new_words AS (
             INSERT INTO portal_search_words (commune_id, word)
             SELECT DISTINCT u.commune_id, w.word FROM upserted u, unnest(tsvector_to_array(u.tsv || u.tsv_attachment)) AS w(word)
             WHERE length(w.word) BETWEEN 2 AND 40
             ON CONFLICT DO NOTHING
             RETURNING commune_id, word
           )
           -- A new word's variants, for "did you mean" (the words database/migrations/0009 keeps them for).
           INSERT INTO portal_search_word_variants (commune_id, variant, word)
           SELECT n.commune_id, v.variant, n.word FROM new_words n, portal_search_variants(n.word, 2) AS v(variant)
           WHERE n.word ~ '^[a-z0-9]*[a-z][a-z0-9]*$' AND length(n.word) <= 16
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(batch)],
        );
      }
    },

    async remove(communeId: number, keys: EntryKey[]): Promise<void> {
      for (const key of keys) {
        const locale = key.locale === undefined ? [] : [key.locale];
        await sql(`DELETE FROM portal_search_entries WHERE commune_id = ? AND type = ? AND document_id = ?${locale.length > 0 ? ' AND locale = ?' : ''}`, [communeId, key.type, key.documentId, ...locale]);
      }
    },

    async clear(communeId?: number): Promise<void> {
      if (communeId === undefined) {
        await sql('TRUNCATE portal_search_entries, portal_search_words, portal_search_word_variants', []);
        return;
      }
      await sql('DELETE FROM portal_search_entries WHERE commune_id = ?', [communeId]);
      await sql('DELETE FROM portal_search_words WHERE commune_id = ?', [communeId]);
      await sql('DELETE FROM portal_search_word_variants WHERE commune_id = ?', [communeId]);
    },

    async settle(): Promise<void> {
      // The new keys into the GIN indexes proper (migration 0015), then the planner's statistics.
      await sql(`SELECT gin_clean_pending_list(c.oid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                 WHERE a.amname = 'gin' AND i.indrelid = 'portal_search_entries'::regclass`, []);
      await sql('ANALYZE portal_search_entries, portal_search_words, portal_search_word_variants', []);
    },

    async search(query: SearchQuery): Promise<SearchResponse> {
      const types = query.types.length > 0 ? query.types : SEARCH_TYPES;
      const extra: Filter = { where: [`e.type IN (${placeholders(types)})`], bindings: [...types], values: types.length === 1 ? [`type=${types[0]}`] : [] };
      const result = await gate.run(() => withCorrection(query.communeId, query.text, extra, query.page, query.pageSize));
      return {
        data: result.hits,
        meta: { pagination: pagination(query.page, query.pageSize, result.total, result.capped), query: result.query, didYouMean: result.didYouMean, corrected: result.corrected },
      };
    },

    async searchDocuments(query: DocumentQuery): Promise<DocumentSearchResponse> {
      const { filters } = query;
      const extra: Filter = { where: ["e.type = 'document'"], bindings: [], values: ['type=document'] };
      const add = (condition: string, ...values: unknown[]) => {
        extra.where.push(condition);
        extra.bindings.push(...values);
      };
      // Equal-to filters are also index keys (the names and format of portal_search_facet_keys).
      const addValue = (condition: string, key: string, value: string) => {
        add(condition, value);
        extra.values.push(`${key}=${value}`);
      };
      if (filters.documentType) addValue('e.document_type = ?', 'documentType', filters.documentType);
      if (filters.issuingBody) addValue('e.issuing_body = ?', 'issuingBody', filters.issuingBody);
      if (filters.field) addValue('e.field = ?', 'field', filters.field);
      if (filters.signer) addValue('e.signer = ?', 'signer', filters.signer);
      if (filters.year) {
        add('e.issue_date >= ?::date AND e.issue_date < ?::date', `${filters.year}-01-01`, `${filters.year + 1}-01-01`);
        extra.values.push(`year=${filters.year}`);
      }
      if (filters.from) add('e.issue_date >= ?::date', filters.from);
      if (filters.to) add('e.issue_date <= ?::date', filters.to);
      if (filters.status) add(`(${STATUS_SQL}) = ?`, query.today, query.today, filters.status);
      // A number alone ('120') finds the documents with that number, whatever their symbol.
      if (filters.number && /^\s*[0-9]+\s*$/.test(filters.number)) {
        extra.numberHead = numberHead(filters.number) ?? filters.number.trim();
        add('e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ?', extra.numberHead);
      } else if (filters.number) add('e.number_key = ?', numberKey(filters.number));

      const result = await gate.run(() => withCorrection(query.communeId, query.text, extra, query.page, query.pageSize, { today: query.today }));
      const rows = result.facets;
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
        facets[facet].sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi')));
      }
      facets.status = facets.status.filter((entry) => entry.value in LEGAL_STATUS_LABELS);
      return {
        data: result.hits,
        meta: { pagination: pagination(query.page, query.pageSize, result.total), query: result.query, didYouMean: result.didYouMean, corrected: result.corrected },
        facets,
      };
    },
  };
}
