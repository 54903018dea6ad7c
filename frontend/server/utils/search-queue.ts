/**
 * This process's one search counter (server/utils/search-batcher.ts), sending to Strapi's batch
 * route with the site's token and the commune's trusted header, and the wrapper that counts
 * what the search handlers answer; server/plugins/search-counter.ts flushes it on shutdown.
 */
import type { H3Event } from 'h3';
import type { SearchBatch } from '#site-stats';
import { SearchBatcher } from './search-batcher';
import { statsSender } from './stats-sender';
import { dayInVietnam, isRobot } from './visits';

let queue: SearchBatcher | null = null;

export function searchQueue(): SearchBatcher {
  if (queue) return queue;
  const send = statsSender<SearchBatch>('/api/site-stats/searches');
  queue = new SearchBatcher({
    send,
    log: (message) => console.error(message),
    intervalMs: Number(useRuntimeConfig().visitFlushMs) || 2000,
  });
  return queue;
}

/**
 * A search handler that also counts the searches it answers — around the cache, so a search
 * answered from the cache counts like one Strapi answered. Counted: a GET of the first page of
 * a search with words (`searchedWords` gives them, undefined when the request is no such
 * search), by a person (robots are not). Not counted: an invalid query or a failure (the handler throws), and a
 * browser revalidating a search it already holds (a 304 carries no answer to read).
 */
export function countingSearches<Answer extends { meta: { pagination: { total: number } } }>(
  handler: (event: H3Event) => Promise<Answer | undefined>,
  searchedWords: (event: H3Event) => string | undefined,
) {
  return defineEventHandler(async (event): Promise<Answer | undefined> => {
    const answer = await handler(event);
    const words = searchedWords(event);
    if (answer && event.method === 'GET' && words !== undefined && !isRobot(getRequestHeader(event, 'user-agent'))) {
      const commune = await requireCommune(event);
      searchQueue().add(commune.slug, dayInVietnam(new Date()), words, answer.meta.pagination.total > 0);
    }
    return answer;
  });
}
