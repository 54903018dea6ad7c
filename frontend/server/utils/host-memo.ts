/**
 * Hosts this process has resolved to a commune. An entry is fresh for a minute, and dropped for
 * good as soon as its commune's content version moves on: the version moves with any change a
 * site shows, the commune record's own included (name, colours, logo, footer facts, domains,
 * suspension: plugins/site-cache), so such an edit reaches every site process within a poll.
 *
 * An entry older than the minute is not dropped: it is asked again, and it is still the answer
 * when Strapi cannot be asked (server/utils/commune.ts). While Strapi is down the versions stand
 * still, so the last known answer serves for as long as the outage lasts; while Strapi is up, a
 * suspension or a removed domain moves the version and takes effect at once.
 *
 * Only hits are kept: caching misses would let forged Host headers fill memory without bound.
 * No Nuxt auto-imports: Jest imports this module directly.
 */
export interface MemoEntry<T> {
  value: T;
  version: number;
  at: number;
}

export interface MemoLookup<T> {
  value: T;
  /** Younger than the maximum age: no need to ask Strapi again. */
  fresh: boolean;
}

export class HostMemo<T> {
  private readonly entries = new Map<string, MemoEntry<T>>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value for `host` while its version is still what `versionOf` says, fresh or not. */
  lookup(host: string, versionOf: (value: T) => number): MemoLookup<T> | undefined {
    const entry = this.entries.get(host);
    if (!entry) return undefined;
    if (versionOf(entry.value) !== entry.version) {
      this.entries.delete(host);
      return undefined;
    }
    return { value: entry.value, fresh: this.now() - entry.at < this.maxAgeMs };
  }

  /** The value for `host`, if it is younger than the maximum age and its version is still `versionOf` says. */
  get(host: string, versionOf: (value: T) => number): T | undefined {
    const found = this.lookup(host, versionOf);
    return found?.fresh ? found.value : undefined;
  }

  set(host: string, value: T, version: number): void {
    this.entries.set(host, { value, version, at: this.now() });
  }

  delete(host: string): void {
    this.entries.delete(host);
  }

  /** How many hosts are known (health and benchmark figures). */
  get size(): number {
    return this.entries.size;
  }
}
