/**
 * "Did you mean", the part that is pure logic: which known words may replace a query's unknown
 * ones (the trials), and which trial wins once the engine has counted them. The PostgreSQL engine
 * finds the nearby words and counts the trials (./postgres/trials.ts).
 */
import { typoDistance, typoLimit } from './query-text';

/** [position of the query word (from 1), whether the commune knows it, a nearby known word or null]. */
export type NearbyRow = [number, boolean, string | null];

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
  /** The word as typed, tried against its candidates (realWords): its own phrase sets the bar. */
  asTyped?: boolean;
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
 * For a known word, candidates one typo away that are tried (a phrase then decides): those
 * sharing the longest beginning with it first ('chinh' for 'chin'), a typo at a word's first
 * letter being the rarer one. Each costs a count: few are tried.
 */
const REAL_WORD_TRIED = 4;

const sharedStart = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * The trials for the query's unknown words: for each, the known words nearest to it by typo
 * distance (a swap of neighbours counts as one), within its typo limit, at most TIES_TRIED.
 * With `realWords`, every word of three letters or more is tried too, though the commune knows it
 * ('chin' for 'chinh'): the known words one typo away, which only a phrase with the query's other
 * words can make a correction (chooseRealWordCorrection).
 */
export function typoTrials(words: readonly string[], nearbyRows: readonly NearbyRow[], realWords = false): Trial[] {
  const rows = nearbyRows.map(([position, known, candidate]) => ({ position, known, candidate }));
  const known = new Set(rows.filter((row) => row.known).map((row) => words[row.position - 1] as string));
  const trials: Trial[] = [];
  for (const [index, word] of words.entries()) {
    if (known.has(word) && !realWords) continue;
    if (realWords && (word.length < 3 || /^[0-9]+$/.test(word))) continue;
    const nearby = rows
      .filter((row) => row.position === index + 1 && row.candidate !== null && row.candidate !== word)
      .map((row) => row.candidate as string);
    const limit = realWords && known.has(word) ? 1 : typoLimit(word);
    const scored = nearby
      .map((candidate) => ({ word: candidate, distance: typoDistance(word, candidate) }))
      .filter((candidate) => candidate.distance <= limit);
    const closest = Math.min(...scored.map((candidate) => candidate.distance));
    const ties =
      realWords && known.has(word)
        ? [...scored].sort((a, b) => sharedStart(word, b.word) - sharedStart(word, a.word)).slice(0, REAL_WORD_TRIED)
        : scored.filter((candidate) => candidate.distance === closest).slice(0, TIES_TRIED);
    const usable = (other: string | undefined): other is string => other !== undefined && (known.has(other) || realWords);
    const neighbours = [words[index - 1], words[index + 1]].map((neighbour) => (usable(neighbour) ? neighbour : null));
    const others = words.filter((other, position) => position !== index && usable(other));
    if (realWords && known.has(word) && ties.length > 0) {
      trials.push({
        index,
        word,
        phrase: [neighbours[0], word, neighbours[1]].filter((part): part is string => part !== null),
        context: [...others, word],
        asTyped: true,
      });
    }
    for (const candidate of ties) {
      trials.push({
        index,
        word: candidate.word,
        phrase: [neighbours[0], candidate.word, neighbours[1]].filter((part): part is string => part !== null),
        context: [...others, candidate.word],
      });
    }
  }
  return trials;
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

/**
 * A correction of a word the commune knows ('thu tuc hanh chin' → 'chinh'): the one trial whose
 * phrase with its neighbours stands most often in the commune's text — more often than the word
 * as typed does ('lich tiep' stands there: 'lich' stays) — and whose corrected query finds far
 * more than the query as typed (`typedFound`, counted alike up to its cap). Null when no trial
 * does: a real word is only replaced where the commune's own text says it was meant.
 */
export function chooseRealWordCorrection(
  words: readonly string[],
  trials: readonly Trial[],
  counts: readonly TrialCount[],
  typedFound: number,
): string[] | null {
  // The phrase each word makes as typed: a candidate must stand in a phrase more often.
  const typedPhrase = new Map<number, number>();
  for (const count of counts) {
    const trial = trials[count.trial - 1];
    if (trial?.asTyped) typedPhrase.set(trial.index, count.phrase);
  }
  let best: { trial: Trial; phrase: number; found: number } | null = null;
  for (const count of counts) {
    const trial = trials[count.trial - 1];
    if (
      !trial ||
      trial.asTyped ||
      count.phrase <= (typedPhrase.get(trial.index) ?? 0) ||
      count.found < Math.max(1, typedFound * REAL_WORD_FACTOR)
    )
      continue;
    if (!best || count.phrase > best.phrase || (count.phrase === best.phrase && count.found > best.found))
      best = { trial, phrase: count.phrase, found: count.found };
  }
  return best ? withTrial(words, best.trial) : null;
}

/** How many times more a real word's correction must find than the query as typed. */
export const REAL_WORD_FACTOR = 3;
