/**
 * "Cập nhật lần cuối" (Decree 224/2026 Art. 9(3): standing information is kept current, and the
 * site says when it last changed): the latest of the entries a page shows, as a day in Việt Nam.
 *
 * Pure, no Nuxt auto-imports: Jest imports this module directly.
 */

/** The latest of ISO timestamps (null and unreadable values ignored); null when there is none. */
export function latestTimestamp(values: readonly (string | null | undefined)[]): string | null {
  let latest: { iso: string; time: number } | null = null;
  for (const value of values) {
    if (!value) continue;
    const time = Date.parse(value);
    if (Number.isNaN(time)) continue;
    if (!latest || time > latest.time) latest = { iso: value, time };
  }
  return latest?.iso ?? null;
}

/** The day of an ISO timestamp in Việt Nam (UTC+7, no daylight saving), `YYYY-MM-DD`; null if unreadable. */
export function vietnamDayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
