/**
 * The SQL the engine's statements are built from: the index keys of words and filter values, the
 * rank and order of hits, the near words for "did you mean", the columns of a hit, and how a
 * statement's bindings are collected in the order its text names them.
 * Tables and the 'vn' configuration come from database/migrations/0002_portal_search.sql.
 */
import { typoLimit, wordVariants } from '../query-text';

/** How much of the body and of the attachments' text a snippet is cut from (each). */
const SNIPPET_SOURCE = 1500;
export const WEIGHTS = '{0.1,0.2,0.4,1.0}';
/** Enough to tell a likely correction from an unlikely one, without counting every match of a common word. */
export const COUNT_CAP = 20;
/**
 * The site search's first pages count their hits up to this many ("hơn 100 kết quả"): counting
 * all of a common word's hits means reading every item that holds it.
 */
export const COUNTED_HITS = 100;
/** Up to this many distinct words, the first pages are ranked from the titles and summaries (pairs of words). */
export const RANKED_WORDS = 6;
/**
 * How many rows holding a candidate's words have their title and summary, or their text, checked
 * for the phrase: a phrase the commune never wrote would otherwise cost reading every such row.
 */
export const PHRASE_ROWS = 20;
/** Phrases are counted up to this many: enough to tell a phrase the commune writes from a chance one. */
export const PHRASE_CAP = 3;

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
export const keysOf = (communeId: number, words: readonly string[], values: readonly string[] = []): string[] => [
  ...words.map((word) => `${communeId}:${word}`),
  ...values.map((value) => `${communeId} ${value}`),
];
export const matchKeys = (tsvector: string): string =>
  `portal_search_match_keys(e.commune_id, ${tsvector}, e.type, e.document_type, e.issuing_body, e.field, e.signer, e.issue_date)`;
// The keys in an InitPlan too: a plan that saw them would be estimated so much cheaper than the
// generic plan that PostgreSQL would plan the statement again at every query.
const BOUND_KEYS = '(SELECT ?::text[])';
/** The item's words (with its filter values) hold every key of `keys` (a text[] expression). */
export const textMatch = (keys: string): string => `${matchKeys('e.tsv')} @> ${keys}`;
/** The same in the attachments' text. */
export const attachmentMatch = (keys: string): string => `${matchKeys('e.tsv_attachment')} @> ${keys}`;
/** The same in the titles and summaries (their keys stored with the row: database/migrations/0008, 0017). */
export const headMatch = (keys: string): string => `e.head_keys @> ${keys}`;
export const TEXT_MATCH = textMatch(BOUND_KEYS);
export const ATTACHMENT_MATCH = attachmentMatch(BOUND_KEYS);

/**
 * For "did you mean", in the same statement as a query that found nothing: whether the commune's
 * index knows each word, and for each unknown one the known words within its typo limit, closest
 * first, as a JSON array of [position, known, candidate, before, after]. Near words share a
 * variant with it (the word with letters deleted, database/migrations/0009), looked up in an
 * index rather than by computing the distance to every word of the commune. Six `?`
 * (nearbyBindings). Parameters in InitPlans, for a generic plan (one that saw the commune is
 * planned at every query).
 * `which` says whose near words are looked up: the unknown words' (a typo that is not a word),
 * every word's (a typo that is a word: 'chin'), or every word's only when every word is known —
 * with an unknown word, the query finds nothing and only the unknown words are corrected.
 * For an unknown word's near words, and for a known word's near words one typo away (and the
 * word itself) where a typo that is a word is looked for, `before` and `after` count the entries
 * whose title or summary holds the near word right after the query's previous word and right
 * before its next one (database/migrations/0016): what a correction is judged by (chooseByPairs,
 * realWordCorrection). Null otherwise. A known word whose own pairs both stand there was meant:
 * its near words are not looked up at all ('cai cach' in 'cai cach hanh chin').
 */
const nearbySql = (which: 'unknown' | 'every' | 'everyWhenAllKnown'): string => {
  const pairCount = (pair: string): string =>
    `coalesce((SELECT h.entries FROM portal_search_head_pairs h WHERE h.commune_id = q.commune_id AND h.pair = ${pair}), 0)`;
  // A known word's near words are judged (only those one typo away, and the word itself) only
  // where a typo that is a word is looked for.
  const knownJudged = { unknown: 'false', every: 'true', everyWhenAllKnown: 'q.all_known' }[which];
  const pairs = (neighbour: string, pair: string): string =>
    `CASE WHEN ${neighbour} IS NOT NULL AND n.word IS NOT NULL
          AND (NOT q.known OR (${knownJudged} AND (n.distance <= 1 OR (n.distance = 2 AND length(n.word) = length(q.word)))))
        THEN ${pairCount(pair)} END`;
  // least() passes over a missing neighbour's NULL.
  const meant =
    which === 'unknown'
      ? 'false'
      : `coalesce(q.known AND least(CASE WHEN q.before IS NOT NULL THEN ${pairCount("q.before || ' ' || q.word")} END,
                                  CASE WHEN q.after IS NOT NULL THEN ${pairCount("q.word || ' ' || q.after")} END) > 0, false)`;
  const whose = { unknown: 'NOT q.known', every: 'NOT q.meant', everyWhenAllKnown: '(NOT q.known OR (q.all_known AND NOT q.meant))' }[
    which
  ];
  return `(SELECT json_agg(json_build_array(q.position, q.known, n.word,
      ${pairs('q.before', "q.before || ' ' || n.word")}, ${pairs('q.after', "n.word || ' ' || q.after")}) ORDER BY q.position, n.distance, n.word)
  FROM (SELECT q.*, ${meant} AS meant FROM (
          SELECT q.word, q.max_edits, q.position, k.word IS NOT NULL AS known, c.id AS commune_id, bool_and(k.word IS NOT NULL) OVER () AS all_known,
                 lag(q.word) OVER (ORDER BY q.position) AS before, lead(q.word) OVER (ORDER BY q.position) AS after
          FROM unnest((SELECT ?::text[]), (SELECT ?::int[])) WITH ORDINALITY AS q(word, max_edits, position)
          CROSS JOIN (SELECT ?::int AS id) c
          LEFT JOIN portal_search_words k ON k.commune_id = c.id AND k.word = q.word) q) q
  LEFT JOIN LATERAL (
    SELECT c.word, levenshtein(c.word, q.word) AS distance FROM (
      SELECT DISTINCT v.word FROM portal_search_word_variants v
      WHERE ${whose} AND v.commune_id = (SELECT ?::int) AND length(v.word) - length(v.variant) <= q.max_edits
        AND v.variant IN (SELECT x.variant FROM unnest((SELECT ?::text[]), (SELECT ?::int[])) AS x(variant, position) WHERE x.position = q.position)
    ) c
    ORDER BY distance, c.word LIMIT 20
  ) n ON true)`;
};

const NEARBY = nearbySql('unknown');
/** The near words of every word, known or not: those of a typo that is itself a word ('chin'). */
export const NEARBY_EVERY = nearbySql('every');
/** NEARBY_EVERY when every word is known, NEARBY otherwise. */
export const NEARBY_ALL = nearbySql('everyWhenAllKnown');

/**
 * What a query that finds nothing brings for "did you mean": with two words or more, the near
 * words of known words too (a typo that is a word), which saves a statement when all are known.
 */
export const nearbyOf = (words: readonly string[]): string => (new Set(words).size >= 2 ? NEARBY_ALL : NEARBY);

/**
 * NEARBY's parameters: the words, their typo limits, the commune twice, then the variants of each
 * word that may be corrected (not numbers, not under three letters) with the word's position.
 */
export function nearbyBindings(communeId: number, words: readonly string[]): unknown[] {
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
export const ORDER = 'exact DESC, rank DESC, in_body DESC, day DESC NULLS LAST, id DESC';
/** The same order over the page's hits (`h`, hitsOfPage). */
export const HIT_ORDER = ORDER.replace(/(\w+) (DESC|ASC)/g, 'h.$1 $2');

/**
 * The rank of a row by its title and summary: ts_rank, and 1 more where the query's words stand
 * there side by side in the query's order (`phrase`, 'a <-> b'): a phrase in the title first.
 * Only rows holding the words in their title or summary get either (what rankedPage relies on).
 */
export const headRank = (tsquery: () => string, phrase: () => string): string =>
  `(ts_rank('${WEIGHTS}', e.tsv_head, ${tsquery()}) + CASE WHEN e.tsv_head @@ ${phrase()} THEN 1 ELSE 0 END)`;

/** The words as a phrase tsquery ('a <-> b <-> c'), words kept in the query's order. */
export const phraseQuery = (words: readonly string[]): string =>
  words
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join(' <-> ');

/**
 * The rank and the body match of a row for the query's tsquery (`tsquery()` is named three times):
 * a match in the title (A) or summary (B) by rank, then in the body, then only in the attachments.
 * Only rows with an attachment and without a title/summary match need the body checked; a row
 * without attachment matched by its own text.
 */
export const rankColumns = (tsquery: () => string, phrase: () => string): string => `${headRank(tsquery, phrase)} AS rank,
  CASE WHEN e.attachment_text IS NULL OR e.tsv_head @@ ${tsquery()} THEN true ELSE e.tsv @@ ${tsquery()} END AS in_body`;
export const RANK_COLUMNS = rankColumns(
  () => TSQUERY,
  () => TSQUERY,
);

/**
 * The page's rows (`paged`: id and order columns) with what a hit shows, and a passage to cut its
 * snippet from. Dates come as the text the API gives (ISO), not as values the driver parses.
 */
export const hitsOfPage = (snippets: boolean): string => `SELECT p.*, e.type, e.document_id, e.locale, e.slug, e.title, e.number_symbol,
         to_char(e.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at, e.issue_date::text AS issue_date, e.document_type, e.issuing_body, e.summary,
         ${snippets ? `concat_ws(' ', e.summary, left(e.body, ${SNIPPET_SOURCE}), left(e.attachment_text, ${SNIPPET_SOURCE}))` : 'NULL'} AS snippet_source
       FROM paged p JOIN portal_search_entries e ON e.id = p.id`;

/** What the statement returns of a hit (`h`, hitsOfPage): not the order columns, which only order it. */
export const HIT_COLUMNS =
  'h.type, h.document_id, h.locale, h.slug, h.title, h.number_symbol, h.published_at, h.issue_date, h.document_type, h.issuing_body, h.summary, h.snippet_source';

export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/**
 * A statement's bindings, collected in the order its text names them: `${bind(value)}` in a
 * template literal (evaluated left to right), or `${raw(text, values)}` for a fragment with its own `?`s.
 */
export class Bindings {
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

/** The legal status of a document row on `today` (same rule as the CMS: cms/src/domain/document-rules.ts). */
export const STATUS_SQL = `CASE WHEN e.expiry_date IS NOT NULL AND e.expiry_date <= ?::date THEN 'expired'
  WHEN coalesce(e.effective_date, e.issue_date) > ?::date THEN 'not_yet_in_force' ELSE 'in_force' END`;
