/**
 * Which backups to keep: the newest of each of the last `daily` days, of the last `weekly` ISO
 * weeks and of the last `monthly` months (7, 4 and 12 by default: about a year of history in 23
 * backups), and always the newest one. Pure: names and a clock in, names to delete out.
 */
import { backupTime } from './manifest.ts';

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

const dayKey = (date: Date): string => date.toISOString().slice(0, 10);
const monthKey = (date: Date): string => date.toISOString().slice(0, 7);

/** ISO week (Monday first) as `YYYY-Www`. */
function weekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The backups (by name) the policy keeps; names that are not backups' are neither kept nor deleted. */
export function backupsToKeep(names: string[], policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const dated = names
    .map((name) => ({ name, time: backupTime(name) }))
    .filter((entry): entry is { name: string; time: Date } => entry.time !== null)
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set<string>();
  if (dated[0]) keep.add(dated[0].name);
  const buckets: Array<[(date: Date) => string, number]> = [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ];
  for (const [keyOf, count] of buckets) {
    const seen = new Set<string>();
    for (const entry of dated) {
      const key = keyOf(entry.time);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(entry.name);
    }
  }
  return keep;
}

export function backupsToDelete(names: string[], policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const keep = backupsToKeep(names, policy);
  return names.filter((name) => backupTime(name) !== null && !keep.has(name)).sort();
}
