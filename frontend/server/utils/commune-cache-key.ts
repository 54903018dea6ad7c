/**
 * The cache key of anything cached for a commune: its slug, then its content version, then the
 * request's own parts. The version makes a publish a purge (server/utils/content-versions.ts).
 */
import { cacheKey } from './cache-key';
import type { ContentVersions } from './content-versions';

let current: ContentVersions | null = null;

/** Called once by server/plugins/content-versions.ts. */
export function setContentVersions(versions: ContentVersions): void {
  current = versions;
}

export function communeCacheKey(slug: string, ...parts: readonly string[]): string {
  return cacheKey(slug, `v${contentVersionOf(slug)}`, ...parts);
}

/** The commune's content version as this process last saw it (0 before the first poll). */
export function contentVersionOf(slug: string): number {
  return current?.of(slug) ?? 0;
}

/** A tag of every commune's version at once: moves whenever any of them does (the province host's lists). */
export function contentVersionsTag(): string {
  return current?.tag() ?? '';
}

/** The versions as they stand now, unchanged by later polls. */
export function contentVersionsNow(): (slug: string) => number {
  return current?.snapshot() ?? (() => 0);
}
