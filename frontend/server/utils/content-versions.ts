/**
 * Which version of each commune's content this process has seen. Strapi keeps one version per
 * commune, bumped by database triggers in the same transaction as any change to what the site
 * shows (plugins/site-cache); every site process polls the versions about once a second
 * (server/plugins/content-versions.ts) and puts the commune's version in its cache keys. A new
 * version is a purge that reaches every process, without any process having to tell another.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
// A relative path, not the #site-cache alias: Jest and the root type-check import this module too.
import type { SiteContentVersions } from '../../../plugins/site-cache/shared';

/** One poll: the versions, or `'unchanged'` when Strapi answered 304 to our ETag. */
export type VersionsFetcher = (etag: string | null) => Promise<{ versions: SiteContentVersions; etag: string | null } | 'unchanged'>;

export class ContentVersions {
  private versions = new Map<string, number>();
  private etag: string | null = null;
  private lastSuccess = 0;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly fetcher: VersionsFetcher,
    private readonly now: () => number = Date.now,
  ) {}

  /** The commune's content version as last seen; 0 before the first answer or for a new commune. */
  of(slug: string): number {
    return this.versions.get(slug) ?? 0;
  }

  /** The versions as they stand now: a poll replaces the map, so this one never changes. */
  snapshot(): (slug: string) => number {
    const versions = this.versions;
    return (slug) => versions.get(slug) ?? 0;
  }

  /**
   * One short tag of every version at once: Strapi's ETag of the answer, which moves whenever any
   * commune's version grows or a commune goes online or offline ('' before the first answer).
   */
  tag(): string {
    return this.etag ?? '';
  }

  /** Milliseconds since the last successful poll (Infinity before the first). */
  age(): number {
    return this.lastSuccess === 0 ? Number.POSITIVE_INFINITY : this.now() - this.lastSuccess;
  }

  /** Fetches the versions once; a poll already under way is shared, and a failure keeps the old ones. */
  poll(): Promise<void> {
    this.polling ??= this.fetchOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private async fetchOnce(): Promise<void> {
    const answer = await this.fetcher(this.etag);
    if (answer !== 'unchanged') {
      this.versions = new Map(Object.entries(answer.versions.data));
      this.etag = answer.etag;
    }
    this.lastSuccess = this.now();
  }
}
