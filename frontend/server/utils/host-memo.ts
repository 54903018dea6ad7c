/**
 * Hosts this process has resolved to a commune, each kept until its commune's content version
 * moves on or a minute has passed. The version moves with any change a site shows, the commune
 * record's own included (name, colours, logo, footer facts, domains, suspension: plugins/site-cache),
 * so such an edit reaches every site process within a poll instead of after the minute.
 *
 * Only hits are kept: caching misses would let forged Host headers fill memory without bound.
 * No Nuxt auto-imports: Jest imports this module directly.
 */
export interface MemoEntry<T> {
  value: T;
  version: number;
  at: number;
}

export class HostMemo<T> {
  private readonly entries = new Map<string, MemoEntry<T>>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value for `host`, if it is younger than the maximum age and its version is still `versionOf` says. */
  get(host: string, versionOf: (value: T) => number): T | undefined {
    const entry = this.entries.get(host);
    if (!entry) return undefined;
    if (this.now() - entry.at >= this.maxAgeMs || versionOf(entry.value) !== entry.version) {
      this.entries.delete(host);
      return undefined;
    }
    return entry.value;
  }

  set(host: string, value: T, version: number): void {
    this.entries.set(host, { value, version, at: this.now() });
  }

  delete(host: string): void {
    this.entries.delete(host);
  }
}
