import { boundedMemoryDriver } from '../utils/bounded-memory';
import { SEARCH_CACHE_BASE } from '../utils/search-query';

/**
 * Search answers are cached per process for a minute (server/api/search.get.ts) in a bounded
 * mount, because every distinct query typed by anyone would otherwise stay in memory for good.
 * An answer is at most about 20 KB, so this holds at most some 16 MB.
 */
export default defineNitroPlugin(() => {
  useStorage().mount(SEARCH_CACHE_BASE, boundedMemoryDriver({ maxEntries: 1000, maxChars: 16_000_000 }));
});
