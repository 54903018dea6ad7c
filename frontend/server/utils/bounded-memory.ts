/**
 * An in-memory unstorage driver that keeps at most `maxEntries` entries and `maxChars` characters,
 * forgetting the least recently written first. Nitro's default memory storage never forgets an
 * entry, which is fine for keys we choose (slugs) but not for keys citizens type (search words).
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */

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

export function boundedMemoryDriver({ maxEntries, maxChars }: BoundedMemoryOptions): BoundedMemoryDriver {
  // A Map iterates in insertion order, so its first key is always the oldest write.
  const entries = new Map<string, string>();
  let chars = 0;

  const remove = (key: string): void => {
    const value = entries.get(key);
    if (value === undefined) return;
    chars -= value.length;
    entries.delete(key);
  };

  return {
    name: 'bounded-memory',
    hasItem: (key) => entries.has(key),
    getItem: (key) => entries.get(key) ?? null,
    setItem(key, value) {
      remove(key);
      // An entry larger than the whole budget is not kept at all.
      if (value.length > maxChars) return;
      entries.set(key, value);
      chars += value.length;
      while (entries.size > maxEntries || chars > maxChars) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    removeItem: remove,
    getKeys: () => [...entries.keys()],
    clear() {
      entries.clear();
      chars = 0;
    },
  };
}

export interface BoundedMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

/**
 * The same bound for values that are not strings (the page cache's cut pages): at most
 * `maxEntries` entries and `maxSize` in all as `sizeOf` counts, the least recently written first.
 */
export function boundedMap<V>({ maxEntries, maxSize, sizeOf }: { maxEntries: number; maxSize: number; sizeOf(value: V): number }): BoundedMap<V> {
  const entries = new Map<string, V>();
  let total = 0;
  const remove = (key: string): void => {
    const value = entries.get(key);
    if (value === undefined) return;
    total -= sizeOf(value);
    entries.delete(key);
  };
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      remove(key);
      const size = sizeOf(value);
      if (size > maxSize) return;
      entries.set(key, value);
      total += size;
      while (entries.size > maxEntries || total > maxSize) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    delete: remove,
    get size() {
      return entries.size;
    },
  };
}
