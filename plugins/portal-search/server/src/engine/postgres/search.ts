/** A search as the engine runs it: the query, then a correction or a partial match when it finds little. */
import { looksLikeNumber, numberKey } from '../../../../shared';
import { chooseByPairs, chooseCorrection, realWordCorrection, REAL_WORD_FACTOR, typoTrials, withTrial, type Trial } from '../correction';
import { queryIntent, RELAX_BELOW, STOP_WORD_WEIGHT } from '../query-intent';
import { queryWords } from '../query-text';
import type { Filter, PageHow } from './filters';
import { nearbyAll, page } from './page';
import { rankedPage, rankedPageServes } from './ranked';
import type { FacetsOn, Page } from './rows';
import type { Sql } from './statements';
import { correctedRankedPage, countTrials } from './trials';

/**
 * Runs the query. When it finds nothing and some words were unknown, runs the corrected one.
 * When it finds fewer than RELAX_BELOW items: a word the commune knows may be a typo of another
 * ('hanh chin'), corrected where the commune's text writes the corrected phrase and it finds far
 * more; otherwise the items holding most of the words are added, below those holding all.
 */
export async function withCorrection(
  sql: Sql,
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
    const ranked =
      !facetsOn && numberKeyOf === null && !how.number
        ? await rankedPage(sql, communeId, query, extra, pageNumber, pageSize, suggest)
        : null;
    if (ranked?.page) return ranked.page;
    // The full query; "did you mean"'s near words came with the ranked page already.
    if (ranked)
      return {
        ...(await page(sql, communeId, query, numberKeyOf, extra, pageNumber, pageSize, facetsOn, false, how)),
        nearby: ranked.nearby,
        nearbyOfAll: ranked.nearbyOfAll,
      };
    return page(sql, communeId, query, numberKeyOf, extra, pageNumber, pageSize, facetsOn, suggest, how);
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
    if (intent.weights.filter((weight, index) => weight > STOP_WORD_WEIGHT && words.indexOf(words[index] as string) === index).length < 3)
      return unchanged;
    const partial = await page(sql, communeId, words, null, extra, pageNumber, pageSize, facetsOn, false, {
      number,
      relaxed: intent.weights,
    });
    return partial.total > first.total ? { ...partial, query, didYouMean: null, corrected: false } : unchanged;
  };
  if (first.total > 0 || first.nearby.every(([, known]) => known)) {
    // Every word known (or some found): a typo that is a word, judged by the pairs its near words
    // make with their neighbours in the commune's titles and summaries. (A query that found few
    // brought every word's near words with it when every word is known: NEARBY_ALL. Some found
    // with a word the index does not know — one letter, say — needs every word's.)
    if (new Set(words).size >= 2 && number === null) {
      const everyKnown = first.nearby.every(([, known]) => known);
      const nearby = (first.total === 0 || first.nearbyOfAll) && everyKnown ? first.nearby : await nearbyAll(sql, communeId, words);
      const corrected = realWordCorrection(words, nearby);
      if (corrected) {
        // Applied only where it finds far more than the words as typed.
        const second = await run(corrected, null, false);
        if (second.total >= Math.max(1, first.total * REAL_WORD_FACTOR)) return suggestion(second, corrected);
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
  // Several candidates, each word's with a known neighbour: where the pairs their phrases make
  // decide (the phrase standing most often in the titles and summaries), the corrected query
  // alone. Otherwise a phrase may stand in a body only: the candidates are counted.
  const byPairs = chooseByPairs(words, trials);
  if (byPairs) {
    const second = await run(byPairs, null, false);
    if (second.total > 0) return suggestion(second, byPairs);
  }
  // Several candidates for one word of a short site search (one or two words once corrected, a
  // ranked page): counted and paged in one statement.
  const oneWordCorrected = new Set(trials.map((trial) => trial.index)).size === 1;
  const shortOnceCorrected = trials.every((trial) => new Set(withTrial(words, trial)).size <= 2);
  if (!facetsOn && oneWordCorrected && shortOnceCorrected && rankedPageServes(pageNumber, pageSize)) {
    const chosen = await correctedRankedPage(sql, communeId, words, trials, extra, pageNumber, pageSize);
    if (!chosen) return relaxed();
    return suggestion(
      chosen.page ?? (await page(sql, communeId, chosen.words, null, extra, pageNumber, pageSize, null, false)),
      chosen.words,
    );
  }
  const corrected = chooseCorrection(words, trials, await countTrials(sql, communeId, trials));
  const second = corrected ? await run(corrected, null, false) : null;
  return corrected && second && second.total > 0 ? suggestion(second, corrected) : relaxed();
}
