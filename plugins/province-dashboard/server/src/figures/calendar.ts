/**
 * The days and months the dashboard speaks of, in Vietnam time (UTC+7 all year, no daylight
 * saving): "today", "this month", "this year" and the twelve months of the charts. Periods are
 * turned into instants here, so SQL compares timestamps with bound instants, as the board's
 * report does, and never depends on the database session's time zone.
 */
import { dayInVietnam } from '@commune/site-stats/shared';

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Today's date in Vietnam, YYYY-MM-DD: the visit counter's day, so both count the same days. */
export const vietnamToday = (now: Date = new Date()): string => dayInVietnam(now);

/** The instant of midnight in Vietnam at the start of a YYYY-MM-DD day. */
export function vietnamMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}

/** A YYYY-MM month plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + n);
  return date.toISOString().slice(0, 7);
}

/** A YYYY-MM-DD day plus n days. */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** The twelve months ending with the month of `today`, oldest first. */
export function lastTwelveMonths(today: string): string[] {
  const current = today.slice(0, 7);
  return Array.from({ length: 12 }, (_, index) => addMonths(current, index - 11));
}

/** The last `count` days ending with `today`, oldest first. */
export function lastDays(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}

/** The month boundaries as instants: month i is [bounds[i], bounds[i + 1]). */
export function monthBounds(months: readonly string[]): Date[] {
  const last = months.at(-1);
  if (last === undefined) return [];
  return [...months, addMonths(last, 1)].map((month) => vietnamMidnight(`${month}-01`));
}
