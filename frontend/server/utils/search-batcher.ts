/**
 * The site process's search counter (search insight, README "Search insight"), on the counters'
 * common DayBatcher: a search adds one to its normalised, masked query for its commune and day
 * (and one to "found nothing" when it found nothing); each batch is a day's queries with their
 * counts. Counting is a Map update; Strapi receives a POST per commune and day every few seconds.
 *
 * Bounded: at most `maxPending` distinct queries wait (at most some 400 bytes each); a query
 * already waiting still counts when that bound is reached.
 *
 * No Nuxt auto-imports: Jest imports this module directly; sending is injected.
 */
import { normaliseSearchQuery, SEARCH_BATCH_MAX, type SearchBatch } from '../../../plugins/site-stats/shared';
import { DayBatcher, type SendOutcome } from './day-batcher';

export interface SearchBatcherOptions {
  /** Sends one batch of one commune; rejects when it may succeed later (Strapi down, timeout, 5xx). */
  send(commune: string, batch: SearchBatch): Promise<SendOutcome>;
  log(message: string): void;
  intervalMs?: number;
  maxPending?: number;
}

interface Counts {
  searches: number;
  empty: number;
}

export class SearchBatcher extends DayBatcher<Counts, SearchBatch> {
  constructor(options: SearchBatcherOptions) {
    super({
      label: 'searches',
      noun: 'search query(ies)',
      send: options.send,
      toBatch: (day, entries) => ({ day, searches: entries.map(([query, counts]) => ({ query, ...counts })) }),
      merge: (waiting, added) => ({ searches: waiting.searches + added.searches, empty: waiting.empty + added.empty }),
      batchMax: SEARCH_BATCH_MAX,
      log: options.log,
      intervalMs: options.intervalMs ?? 2000,
      maxPending: options.maxPending ?? 20_000,
    });
  }

  /**
   * Counts a search of a commune (slug) on a day, as typed: normalised and masked here, so no
   * unmasked text is kept even in memory; an empty query is not counted.
   */
  add(commune: string, day: string, typed: string, found: boolean): void {
    const query = normaliseSearchQuery(typed);
    if (query !== null) this.addEntry(commune, day, query, { searches: 1, empty: found ? 0 : 1 });
  }
}
