import { boundedMemoryDriver } from '../utils/bounded-memory';

/**
 * Nitro keeps every cached handler's and function's answers (the BFF routes of
 * server/utils/bff.ts, the commune list) under the `cache` mount, which is an unbounded Map in
 * production. Their keys hold the commune's content version, so each publish leaves the old
 * answers behind for good, and a national deployment has 3,300 communes × a dozen routes: this
 * bounds them like the other caches, the least recently written forgotten first. An answer is
 * 1–60 KB; 40 M characters is at most about 80 MB (`npm run bench:national` measures the process).
 */
export default defineNitroPlugin(() => {
  useStorage().mount('cache', boundedMemoryDriver({ maxEntries: 20_000, maxChars: 40_000_000 }));
});
