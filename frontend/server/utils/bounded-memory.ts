/**
 * In-memory caches with a bound: at most `maxEntries` entries and a total size, the least recently
 * used forgotten first (lru-cache). Nitro's default memory storage never forgets an entry, which
 * is fine for keys we choose (slugs) but not for keys citizens type (search words).
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
import { LRUCache } from 'lru-cache';

export interface BoundedMemoryOptions {
  maxEntries: number;
  maxChars: number;
}

/** The subset of unstorage's `Driver` that Nitro's cache uses (get, set, has, remove, keys). */
export interface BoundedMemoryDriver {
  name: string;
  hasItem(key: string): boolean;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  getKeys(): string[];
  clear(): void;
}

/** An unstorage driver over a bounded cache of strings, `maxChars` characters in all. */
export function boundedMemoryDriver({ maxEntries, maxChars }: BoundedMemoryOptions): BoundedMemoryDriver {
  // An entry larger than the whole budget is not kept at all (lru-cache's maxEntrySize is maxSize).
  const entries = new LRUCache<string, string>({
    max: maxEntries,
    maxSize: maxChars,
    sizeCalculation: (value) => Math.max(1, value.length),
  });
  return {
    name: 'bounded-memory',
    hasItem: (key) => entries.has(key),
    getItem: (key) => entries.get(key) ?? null,
    setItem(key, value) {
      // A value the cache refuses (too large) must not leave the previous one behind.
      entries.delete(key);
      entries.set(key, value);
    },
    removeItem: (key) => void entries.delete(key),
    // Least recently used first, as a Map of writes listed them oldest first.
    getKeys: () => [...entries.rkeys()],
    clear: () => entries.clear(),
  };
}

export interface BoundedMap<V extends object> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

/** The same bound for values that are not strings (the page cache's cut pages), `maxSize` in all as `sizeOf` counts. */
export function boundedMap<V extends object>({
  maxEntries,
  maxSize,
  sizeOf,
}: {
  maxEntries: number;
  maxSize: number;
  sizeOf(value: V): number;
}): BoundedMap<V> {
  const entries = new LRUCache<string, V>({ max: maxEntries, maxSize, sizeCalculation: (value) => Math.max(1, Math.ceil(sizeOf(value))) });
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
    },
    delete: (key) => void entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
