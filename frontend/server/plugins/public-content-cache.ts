import { boundedMemoryDriver } from '../utils/bounded-memory';
import { PUBLIC_CONTENT_CACHE_BASE } from '../utils/public-content';

/**
 * Strapi answers behind the feeds, the sitemap and the public API (server/utils/public-content.ts)
 * are keyed by page numbers and slugs from the URL, so they live in a bounded per-process mount
 * like the search answers. A list of 50 items is at most about 60 KB: this holds some 16 MB.
 */
export default defineNitroPlugin(() => {
  useStorage().mount(PUBLIC_CONTENT_CACHE_BASE, boundedMemoryDriver({ maxEntries: 1000, maxChars: 16_000_000 }));
});
