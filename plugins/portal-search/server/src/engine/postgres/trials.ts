/**
 * "Did you mean" in SQL: the trials of ../correction.ts counted against the commune's own text,
 * alone or in the same statement as the ranked page of the chosen correction.
 */
import { allWordsQuery } from '../query-text';
import { withTrial, type Trial, type TrialCount } from '../correction';
import type { Filter } from './filters';
import { Bindings, COUNT_CAP, keysOf, PHRASE_CAP, PHRASE_ROWS, headMatch, phraseQuery, textMatch } from './fragments';
import { headPairs, rankedPageSql, readRankedPage, type RankedRow } from './ranked';
import type { Page } from './rows';
import type { Sql } from './statements';

/**
 * "Did you mean": how each trial (./correction.ts) does, as CTEs ending in `counted` (trial,
 * phrase, found). Each trial's keys and phrase are computed once (a MATERIALIZED row each); its
 * words are looked up by their keys, the phrase (words side by side) then counted in the titles
 * and summaries holding them (their own index, 0008). Only when no trial for the same word stands
 * there is the whole text (a larger tsvector, stored apart) checked. Both look at the first
 * PHRASE_ROWS rows holding the words. What the corrected query finds (`found`) decides only
 * between the trials with the most phrases for their word, and whether there is a correction at
 * all; the others are not counted (0), nor a sole best whose phrase holds every word (its
 * phrase count stands for it).
 */
function trialCounts(b: Bindings, communeId: number, trials: readonly Trial[]): string {
  return `t AS MATERIALIZED (
       SELECT t.trial::int AS trial, t.word_index, string_to_array(t.phrase_keys, ' ') AS phrase_keys, string_to_array(t.context_keys, ' ') AS context_keys,
              CASE WHEN t.phrase LIKE '%<->%' THEN to_tsquery('vn', t.phrase) END AS phrase
       FROM unnest((SELECT ${b.bind(trials.map((trial) => trial.phrase.join(' <-> ')))}::text[]), (SELECT ${b.bind(trials.map((trial) => keysOf(communeId, trial.phrase).join(' ')))}::text[]),
                   (SELECT ${b.bind(trials.map((trial) => keysOf(communeId, trial.context).join(' ')))}::text[]), (SELECT ${b.bind(trials.map((trial) => trial.index))}::int[]))
            WITH ORDINALITY AS t(phrase, phrase_keys, context_keys, word_index, trial)
     ), trial_heads AS MATERIALIZED (
       -- A trial's phrase in the titles and summaries (or, without neighbours, its words in the text).
       SELECT t.*, CASE WHEN t.phrase IS NULL
           THEN (SELECT count(*) FROM (SELECT 1 FROM portal_search_entries e
                   WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${textMatch('t.phrase_keys')} LIMIT ${COUNT_CAP}) w)
           ELSE (SELECT count(*) FROM (SELECT 1 FROM (
                   SELECT e.tsv_head FROM portal_search_entries e
                   WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${headMatch('t.phrase_keys')} LIMIT ${PHRASE_ROWS}
                 ) r WHERE r.tsv_head @@ t.phrase LIMIT ${PHRASE_CAP}) h)
         END AS n
       FROM t
     ), phrased AS MATERIALIZED (
       SELECT h.trial, h.word_index, h.phrase_keys, h.context_keys,
         CASE WHEN h.phrase IS NULL OR EXISTS (SELECT 1 FROM trial_heads other WHERE other.word_index = h.word_index AND other.phrase IS NOT NULL AND other.n > 0) THEN h.n
           ELSE (SELECT count(*) FROM (SELECT 1 FROM (
                   SELECT e.tsv FROM portal_search_entries e
                   WHERE e.commune_id + 0 = ${b.bind(communeId)} AND ${textMatch('h.phrase_keys')} LIMIT ${PHRASE_ROWS}
                 ) r WHERE r.tsv @@ h.phrase LIMIT ${PHRASE_CAP}) b)
         END AS phrase
       FROM trial_heads h
     ), counted AS MATERIALIZED (
       SELECT p.trial, p.phrase,
         CASE WHEN p.phrase < (SELECT max(o.phrase) FROM phrased o WHERE o.word_index = p.word_index) THEN 0
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
export async function countTrials(sql: Sql, communeId: number, trials: readonly Trial[]): Promise<TrialCount[]> {
  const b = new Bindings();
  const rows = await sql<{ trial: number; phrase: string; found: string }>(
    `WITH ${trialCounts(b, communeId, trials)} SELECT trial, phrase, found FROM counted ORDER BY trial`,
    b.values,
  );
  return rows.map((row) => ({ trial: Number(row.trial), phrase: Number(row.phrase), found: Number(row.found) }));
}

/**
 * "Did you mean" for a site search's first pages, in one statement: the trials counted, the best
 * chosen by chooseCorrection's rule (./correction.ts: most phrases, then most found, the first
 * listed among equals; found > 0), in SQL here, and the ranked page of its corrected query.
 * Null when no trial is chosen; `page` null when the ranked page does not serve the chosen words.
 */
export async function correctedRankedPage(
  sql: Sql,
  communeId: number,
  words: string[],
  trials: readonly Trial[],
  extra: Filter,
  pageNumber: number,
  pageSize: number,
): Promise<{ words: string[]; page: Page | null } | null> {
  const b = new Bindings();
  const corrected = trials.map((trial) => withTrial(words, trial));
  // Each trial's title-or-summary keys, as the ranked page of its words takes them: one set per
  // pair of words (headPairs), as many slots as the trial with most pairs needs (the others
  // repeat their last set, which changes nothing in an OR). Sets are joined by '|', keys by ' '.
  const pairsOf = corrected.map((query) => headPairs([...new Set(query)]).map((pair) => keysOf(communeId, pair).join(' ')));
  const slots = Math.max(1, ...pairsOf.map((pairs) => pairs.length));
  const padded = pairsOf.map((pairs) =>
    [...pairs, ...Array.from({ length: slots - pairs.length }, () => pairs[pairs.length - 1] ?? '')].join('|'),
  );
  const counts = trialCounts(b, communeId, trials);
  // The chosen trial's words, as the ranked page takes them; `found` 0 means no correction. Word
  // keys ('7:dinh') have no spaces; filter values ('7 field=Nông nghiệp') do: those go as JSON.
  const best = `best AS MATERIALIZED (
       SELECT c.trial, c.found, w.tsquery, w.phrase, w.head_keys, ARRAY(SELECT json_array_elements_text(w.keys::json)) AS keys
       FROM counted c
       JOIN unnest((SELECT ${b.bind(corrected.map(allWordsQuery))}::text[]), (SELECT ${b.bind(padded)}::text[]),
                   (SELECT ${b.bind(corrected.map((query) => JSON.stringify(keysOf(communeId, query, extra.values))))}::text[]),
                   (SELECT ${b.bind(corrected.map(phraseQuery))}::text[]))
            WITH ORDINALITY AS w(tsquery, head_keys, keys, phrase, trial) ON w.trial = c.trial
       ORDER BY c.phrase DESC, c.found DESC, c.trial LIMIT 1
     )`;
  // Every word in the title or summary when every corrected query has one or two words (for
  // more, the text is checked too, as rankedPage does).
  const text = rankedPageSql(b, communeId, extra, pageNumber, pageSize, {
    prefix: `${counts}, ${best}`,
    tsquery: () => "(SELECT to_tsquery('vn', best.tsquery) FROM best)",
    phrase: () => "(SELECT to_tsquery('vn', best.phrase) FROM best)",
    headKeys: () =>
      Array.from({ length: slots }, (_, slot) => `(SELECT string_to_array(split_part(best.head_keys, '|', ${slot + 1}), ' ') FROM best)`),
    keys: () => '(SELECT best.keys FROM best)',
    allInHead: corrected.every((query) => new Set(query).size <= 2),
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
