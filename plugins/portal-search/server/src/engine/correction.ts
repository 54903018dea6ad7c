/**
 * "Did you mean", the part that is pure logic: which known words may replace a query's unknown
 * ones (the trials), and which trial wins once the engine has counted them; and which near word
 * replaces a word the commune knows, from the counts of the pairs it makes with its neighbours.
 * The PostgreSQL engine finds the near words with those counts (./postgres/fragments.ts) and
 * counts the trials (./postgres/trials.ts).
 */
import { typoDistance, typoLimit } from './query-text';

/**
 * [position of the query word (from 1), whether the commune knows it, a nearby known word or null,
 * and, for an unknown word's near words and a known word's near words one typo away, how many
 * titles or summaries hold the near word right after the query's previous word, and right before
 * its next one (null otherwise, or where the statement did not look them up)].
 */
export type NearbyRow = [number, boolean, string | null, (number | null)?, (number | null)?];

/** One candidate for one unknown word. */
export interface Trial {
  /** The position of the unknown word in the query (from 0). */
  index: number;
  /** The known word tried in its place. */
  word: string;
  /** The candidate between its known neighbours in the query: a phrase to look for. */
  phrase: string[];
  /** The query's other known words, and the candidate: what the corrected query must find. */
  context: string[];
  /**
   * How many titles or summaries hold its phrase, by the near words' pair counts (the rarer of
   * its pairs); null when they were not looked up, or the word has no known neighbour.
   */
  heads?: number | null;
}

/** How a trial did: its phrase and its context counted (each up to a cap). */
export interface TrialCount {
  /** The trial's number in the list typoTrials gave (from 1). */
  trial: number;
  phrase: number;
  found: number;
}

/** How many equally close candidates are tried for one word. */
const TIES_TRIED = 6;

/**
 * How often a near word's phrase with its neighbours stands in the titles and summaries: the
 * rarer of its pairs with the neighbours it has (before, after). Null when there is none, or
 * when the counts were not looked up.
 */
function phraseHeads([, , , before, after]: NearbyRow, hasBefore: boolean, hasAfter: boolean): number | null {
  const counts = [hasBefore ? before : undefined, hasAfter ? after : undefined].filter((count) => count !== undefined);
  return counts.length === 0 || counts.some((count) => count === null) ? null : Math.min(...(counts as number[]));
}

/**
 * The trials for the query's unknown words: for each, the known words nearest to it by typo
 * distance (a swap of neighbours counts as one), within its typo limit, at most TIES_TRIED, those
 * whose phrase stands most often in the titles and summaries first.
 */
export function typoTrials(words: readonly string[], nearbyRows: readonly NearbyRow[]): Trial[] {
  const rows = nearbyRows.map((row) => ({ position: row[0], known: row[1], candidate: row[2], row }));
  const known = new Set(rows.filter((row) => row.known).map((row) => words[row.position - 1] as string));
  const trials: Trial[] = [];
  for (const [index, word] of words.entries()) {
    if (known.has(word)) continue;
    const neighbours = [words[index - 1], words[index + 1]].map((neighbour) =>
      neighbour !== undefined && known.has(neighbour) ? neighbour : null,
    );
    const scored = rows
      .filter((row) => row.position === index + 1 && row.candidate !== null && row.candidate !== word)
      .map((row) => ({
        word: row.candidate as string,
        distance: typoDistance(word, row.candidate as string),
        heads: phraseHeads(row.row, neighbours[0] !== null, neighbours[1] !== null),
      }))
      .filter((candidate) => candidate.distance <= typoLimit(word));
    const closest = Math.min(...scored.map((candidate) => candidate.distance));
    // Those whose phrase stands most often in the titles and summaries first (a stable sort: the
    // nearest, then alphabetically, among equals): 'khai sin' has eleven near words one typo away,
    // and 'sinh', the one 'khai' stands beside, came seventh.
    const ties = scored
      .filter((candidate) => candidate.distance === closest)
      .sort((a, b) => (b.heads ?? 0) - (a.heads ?? 0))
      .slice(0, TIES_TRIED);
    const others = words.filter((other, position) => position !== index && known.has(other));
    for (const candidate of ties) {
      trials.push({
        index,
        word: candidate.word,
        phrase: [neighbours[0], candidate.word, neighbours[1]].filter((part): part is string => part !== null),
        context: [...others, candidate.word],
        heads: candidate.heads,
      });
    }
  }
  return trials;
}

/**
 * chooseCorrection's rule by the pairs alone, when they can decide: each unknown word takes the
 * trial whose phrase stands most often in the titles and summaries, the first listed among
 * equals. Null when some word has no trial whose pairs stand (no known neighbour, or none there):
 * its phrase may stand in a body, which only counting the trials can tell (countTrials).
 */
export function chooseByPairs(words: readonly string[], trials: readonly Trial[]): string[] | null {
  if (trials.length === 0) return null;
  const corrected = [...words];
  for (const index of new Set(trials.map((trial) => trial.index))) {
    let best: Trial | null = null;
    for (const trial of trials) {
      if (trial.index === index && (trial.heads ?? 0) > (best?.heads ?? 0)) best = trial;
    }
    if (!best) return null;
    corrected[index] = best.word;
  }
  return corrected;
}

/** The query with one trial's word in place of the unknown one. */
export function withTrial(words: readonly string[], trial: Trial): string[] {
  return words.map((word, index) => (index === trial.index ? trial.word : word));
}

/**
 * The corrected query: for each unknown word, the trial whose phrase stands most often in the
 * titles and summaries (or the text), then the one finding most with the query's other words; the
 * first listed among equals. A word none of whose trials finds anything stays as it was; null when
 * no word changes.
 */
export function chooseCorrection(words: readonly string[], trials: readonly Trial[], counts: readonly TrialCount[]): string[] | null {
  const corrected = [...words];
  let changed = false;
  for (const index of words.keys()) {
    let best: { word: string; phrase: number; found: number } | null = null;
    for (const count of counts) {
      const trial = trials[count.trial - 1];
      if (!trial || trial.index !== index) continue;
      if (!best || count.phrase > best.phrase || (count.phrase === best.phrase && count.found > best.found))
        best = { word: trial.word, phrase: count.phrase, found: count.found };
    }
    if (best && best.found > 0) {
      corrected[index] = best.word;
      changed = true;
    }
  }
  return changed ? corrected : null;
}

const sharedStart = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * A correction of a word the commune knows ('thu tuc hanh chin' → 'chinh'), from the pairs its
 * near words one typo away make with the query's neighbouring words in the commune's titles and
 * summaries (NearbyRow's counts, NEARBY_ALL). A candidate's phrase stands as often as the rarer
 * of its two pairs ('hanh chinh' in 225 entries: 'chinh' for 'chin'). A word whose own pairs
 * stand there was meant as typed ('lich tiep': 'lich' stays). The candidate whose phrase stands
 * most often wins; among equals, the one sharing the longest beginning with the word typed (a
 * typo at a word's first letter is the rarer one), then the earlier in the query. Null when no
 * candidate's phrase stands at all: a real word is only replaced where the commune's own text
 * says it was meant. (Whether the corrected query finds far more, REAL_WORD_FACTOR, is the
 * caller's to check: it runs that query.)
 */
export function realWordCorrection(words: readonly string[], nearbyRows: readonly NearbyRow[]): string[] | null {
  let best: { index: number; word: string; heads: number; shared: number } | null = null;
  for (const [index, word] of words.entries()) {
    if (word.length < 3 || /^[0-9]+$/.test(word)) continue;
    const rows = nearbyRows.filter(([position, known]) => position === index + 1 && known);
    // The rarer pair with a neighbour; null where the counts were not looked up.
    const heads = (row: NearbyRow): number | null => phraseHeads(row, index > 0, index < words.length - 1);
    const typed = rows.find(([, , candidate]) => candidate === word);
    if (!typed || heads(typed) !== 0) continue;
    for (const row of rows) {
      const candidate = row[2];
      if (candidate === null || candidate === word || typoDistance(word, candidate) > 1) continue;
      const count = heads(row) ?? 0;
      const shared = sharedStart(word, candidate);
      if (count > 0 && (!best || count > best.heads || (count === best.heads && shared > best.shared)))
        best = { index, word: candidate, heads: count, shared };
    }
  }
  const chosen = best;
  return chosen ? words.map((word, index) => (index === chosen.index ? chosen.word : word)) : null;
}

/** How many times more a real word's correction must find than the query as typed. */
export const REAL_WORD_FACTOR = 3;
