/** Today's date in Vietnam (UTC+7, no daylight saving), as YYYY-MM-DD: legal dates are local. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
