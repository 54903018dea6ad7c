/**
 * Working days, for due dates: Monday to Friday. Public holidays (Tết, 30/4, 2/9…) are not
 * subtracted: a due date is then at most a few days early, never late.
 */

/** A YYYY-MM-DD day plus n working days (n ≥ 0); the start day itself does not count. */
export function addWorkingDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** Working days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  if (from === to) return 0;
  const sign = from < to ? 1 : -1;
  const [start, end] = sign > 0 ? [from, to] : [to, from];
  const date = new Date(`${start}T00:00:00Z`);
  const stop = new Date(`${end}T00:00:00Z`).getTime();
  let count = 0;
  while (date.getTime() < stop) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return sign * count;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
