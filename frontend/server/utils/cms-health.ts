/**
 * Whether this process can reach the CMS right now, as the content-version poll
 * (server/plugins/content-versions.ts) last found it: one answer a second, so an outage is
 * known within about a second and its end too.
 *
 * While the CMS is down, everything that has an earlier answer serves it (pages, BFF answers,
 * feeds, hosts: README "Keeping the sites up") instead of asking again: a request that cannot
 * be answered fresh costs no connection attempt and no log line.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
let downSince: number | null = null;
let lastSuccess = 0;

export function markCmsReachable(now: number = Date.now()): void {
  downSince = null;
  lastSuccess = now;
}

export function markCmsDown(now: number = Date.now()): void {
  downSince ??= now;
}

/** True while the last poll of the CMS failed. */
export function cmsDown(): boolean {
  return downSince !== null;
}

export interface CmsHealth {
  reachable: boolean;
  /** Milliseconds since the CMS last answered a poll; null before the first answer. */
  lastAnswerMs: number | null;
  /** Milliseconds the current outage has lasted; null when there is none. */
  downForMs: number | null;
}

export function cmsHealth(now: number = Date.now()): CmsHealth {
  return {
    reachable: downSince === null && lastSuccess > 0,
    lastAnswerMs: lastSuccess > 0 ? now - lastSuccess : null,
    downForMs: downSince === null ? null : now - downSince,
  };
}
