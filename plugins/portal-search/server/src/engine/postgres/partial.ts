/**
 * The partial match (issue 18): when not every word is found, the items holding most of the
 * words, the rarer ones weighing more, ranked below those holding all — as CTEs page.ts pages.
 */
import { STOP_WORD_WEIGHT } from '../query-intent';
import { keysOf, matchKeys, type Bindings } from './fragments';

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
export function relaxedWords(
  words: readonly string[],
  weights: readonly number[],
): { words: string[]; weights: number[]; finding: string[]; pairs: Array<[string, string]> } {
  const weightOf = new Map<string, number>();
  words.forEach((word, index) => weightOf.set(word, Math.max(weightOf.get(word) ?? 0, weights[index] ?? 1)));
  const distinct = [...weightOf.keys()];
  const meaningful = distinct.filter((word) => (weightOf.get(word) ?? 1) > STOP_WORD_WEIGHT);
  const pairs: Array<[string, string]> = [];
  for (let index = 1; index < words.length; index += 1) pairs.push([words[index - 1] as string, words[index] as string]);
  return {
    words: distinct,
    weights: distinct.map((word) => weightOf.get(word) ?? 1),
    finding: meaningful.length > 0 ? meaningful : distinct,
    pairs,
  };
}

export type RelaxedWords = ReturnType<typeof relaxedWords>;

/** What the partial match's CTEs are built from; each function binds where the text names it. */
export interface PartialMatchInput {
  communeId: number;
  relaxed: RelaxedWords;
  /** Every word, as a tsquery: an item holding all of them comes first. */
  tsquery: string;
  /** The rows read: the commune, the filters, and any word that carries meaning (partialMatchAny). */
  where: () => string;
  /** The number tiers of the row (`exact`), '0' without a number. */
  exact: () => string;
  /** The facet columns, or ''. */
  facetColumns: () => string;
  facets: boolean;
}

/**
 * The partial match's CTEs (q, pairs, scored), the last (`matched`) holding the items kept, with their
 * order columns (and facet columns). The rows read are capped at RELAXED_ROWS; a word's rarity
 * is counted up to DF_CAP items.
 */
export function partialMatchSql(b: Bindings, input: PartialMatchInput): string {
  return `q AS MATERIALIZED (
         -- Each word's weight: its own (a stop word counts little) times how rare it is in the commune.
         SELECT x.word, to_tsquery('vn', x.word) AS tsq, x.weight > ${STOP_WORD_WEIGHT} AS meaningful,
                x.weight * ln(1 + ${DF_CAP}.0 / greatest(1, (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                  WHERE e.commune_id + 0 = ${b.bind(input.communeId)} AND ${matchKeys('e.tsv')} @> ARRAY[${b.bind(String(input.communeId))} || ':' || x.word] LIMIT ${DF_CAP}) d))) AS w
         FROM unnest((SELECT ${b.bind(input.relaxed.words)}::text[]), (SELECT ${b.bind(input.relaxed.weights)}::float8[])) AS x(word, weight)
       ), pairs AS MATERIALIZED (
         SELECT to_tsquery('vn', p.a || ' <-> ' || p.b) AS tsq, (qa.w + qb.w) / 2 AS w
         FROM unnest((SELECT ${b.bind(input.relaxed.pairs.map(([first]) => first))}::text[]), (SELECT ${b.bind(input.relaxed.pairs.map(([, second]) => second))}::text[])) AS p(a, b)
         JOIN q qa ON qa.word = p.a JOIN q qb ON qb.word = p.b
       ), scored AS MATERIALIZED (
         SELECT e.id, ${input.exact()} AS exact, coalesce(e.issue_date, e.published_at::date) AS day${input.facetColumns()},
                held.coverage, held.held,
                (SELECT coalesce(sum(q.w), 0) FROM q q WHERE e.tsv_head @@ q.tsq) AS head,
                (SELECT coalesce(sum(p.w), 0) FROM pairs p WHERE e.tsv_head @@ p.tsq) AS head_pairs,
                (SELECT coalesce(sum(p.w), 0) FROM pairs p WHERE text.tsv @@ p.tsq) AS text_pairs,
                text.tsv @@ (SELECT to_tsquery('vn', ${b.bind(input.tsquery)})) AS all_words
         FROM (SELECT * FROM portal_search_entries e WHERE ${input.where()} LIMIT ${RELAXED_ROWS}) e
         -- The text's tsvectors read (and decompressed) once per row, not at every word they are
         -- matched against: a copy (setweight naming no lexeme is a plain copy; weights do not
         -- matter to @@), one value per row (OFFSET 0 keeps the expression from being inlined).
         CROSS JOIN LATERAL (
           SELECT setweight(e.tsv, 'A', '{}'::text[]) AS tsv, setweight(e.tsv_attachment, 'A', '{}'::text[]) AS attachment OFFSET 0
         ) text
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(q.w), 0) AS coverage, count(*) FILTER (WHERE q.meaningful) AS held
           FROM q q WHERE text.tsv @@ q.tsq OR text.attachment @@ q.tsq
         ) held
       ), matched AS MATERIALIZED (
         -- Holding every word first; then the words held (rarer ones weigh more), in the title
         -- and summary, side by side as in the query. Only the items holding at least half of
         -- the best partial match's weight ("the items that hold the most of them"), and half
         -- the words that carry meaning: one common word of three is not what was asked.
         SELECT s.id, s.exact, (CASE WHEN s.all_words THEN 100 ELSE 0 END) + s.coverage + 0.5 * s.head + s.head_pairs + 0.3 * s.text_pairs AS rank,
                true AS in_body, s.day${input.facets ? ', s.document_type, s.issuing_body, s.field, s.signer, s.year, s.status' : ''}
         FROM scored s
         WHERE s.exact > 0 OR s.all_words
            OR (s.coverage >= ${RELAXED_SHARE} * (SELECT max(o.coverage) FROM scored o) AND s.held * 2 >= (SELECT count(*) FROM q q WHERE q.meaningful))
       )`;
}

/** The rows a partial match reads: any word that carries meaning holds them (and every filter value). */
export function partialMatchAny(b: Bindings, communeId: number, relaxed: RelaxedWords, values: readonly string[]): string[] {
  const any = () => `(SELECT ${b.bind(relaxed.finding.map((word) => `${communeId}:${word}`))}::text[])`;
  const all = () => `(SELECT ${b.bind(keysOf(communeId, [], values))}::text[])`;
  return [
    `(${matchKeys('e.tsv')} && ${any()} AND ${matchKeys('e.tsv')} @> ${all()})`,
    `(${matchKeys('e.tsv_attachment')} && ${any()} AND ${matchKeys('e.tsv_attachment')} @> ${all()})`,
  ];
}
