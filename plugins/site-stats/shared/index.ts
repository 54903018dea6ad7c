/**
 * The visit counter's API, and search insight's (./searches.ts), shared by the Strapi plugin and
 * the site's server (Nuxt BFF).
 * Runtime-dependency-free so the frontend can import it through an alias.
 */

/**
 * Body of `POST /api/site-stats/visits`: the daily hashes (64 hex digits, SHA-256) of visitors of
 * the commune named by the site's trusted header, all of one day (Vietnam time). Each site
 * process sends one such batch per commune and day every couple of seconds, not one per view.
 */
export interface VisitBatch {
  day: string;
  visitors: string[];
}

/** `POST` answer: how many of the batch's visitors were new that day for this commune. */
export interface VisitsRecorded {
  counted: number;
}

/** `GET /api/site-stats/visits`: visits of the commune today (Vietnam time) and since the start. */
export interface VisitTotals {
  today: number;
  total: number;
}

export const VISITOR_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** At most this many visitors in one batch (a site process splits larger ones). */
export const VISIT_BATCH_MAX = 5000;

/**
 * A batch of yesterday is still accepted this long after midnight (Vietnam time): a site process
 * flushes every few seconds, so yesterday's last views arrive just after midnight. Yesterday's
 * hashes are kept until then and deleted afterwards, so a late visitor is still counted once.
 */
export const LATE_BATCH_MS = 10 * 60 * 1000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant, e.g. 2026-11-22. */
export function dayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The days a batch may be for at `now`: today, and yesterday during the first LATE_BATCH_MS of
 * today. Also the oldest day whose visitor hashes are still needed.
 */
export function countableDays(now: Date): string[] {
  const today = dayInVietnam(now);
  const lateYesterday = dayInVietnam(new Date(now.getTime() - LATE_BATCH_MS));
  return lateYesterday === today ? [today] : [today, lateYesterday];
}

/**
 * One commune's visits for the reports and the province dashboard: today, this month and this
 * year up to today (Vietnam time), since counting began, and in a period asked for.
 */
export interface VisitFigures {
  today: number;
  month: number;
  year: number;
  total: number;
  /** Visits on the days of the period asked for (inclusive). */
  period: number;
}

export const emptyVisitFigures = (): VisitFigures => ({ today: 0, month: 0, year: 0, total: 0, period: 0 });

/** One point of a visits series: a commune's visits on a day or in a month (`YYYY-MM-DD`, `YYYY-MM`). */
export interface VisitPoint {
  communeId: number;
  bucket: string;
  visits: number;
}

export * from './searches';
