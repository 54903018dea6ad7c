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
  return cacheKey(slug, `v${current?.of(slug) ?? 0}`, ...parts);
}
