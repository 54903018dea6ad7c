import { backupName } from '../manifest';
import { backupsToDelete, backupsToKeep } from '../retention';

/** One backup a day at 02:30 UTC for `days` days up to 2026-12-06. */
const dailyBackups = (days: number): string[] =>
  Array.from({ length: days }, (_, index) => backupName(new Date(Date.UTC(2026, 11, 6 - index, 2, 30))));

describe('backup retention (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps the last 7 days, one per ISO week for 4 weeks and one per month for 12 months', () => {
    const names = dailyBackups(400);
    const kept = [...backupsToKeep(names)].sort();
    // Days: 2026-11-30 … 2026-12-06.
    for (let day = 0; day < 7; day += 1) expect(kept).toContain(names[day]);
    expect(kept).not.toContain(names[8]);
    // Weeks (Monday to Sunday): the Sundays 29, 22 and 15 November besides this week's 6 December.
    for (const day of [29, 22, 15]) expect(kept).toContain(backupName(new Date(Date.UTC(2026, 10, day, 2, 30))));
    expect(kept).not.toContain(backupName(new Date(Date.UTC(2026, 10, 8, 2, 30))));
    // Months: the last backup of each of the 12 months up to December 2026.
    expect(kept).toContain(backupName(new Date(Date.UTC(2026, 0, 31, 2, 30))));
    expect(kept).not.toContain(backupName(new Date(Date.UTC(2025, 11, 31, 2, 30))));
    expect(kept.length).toBe(7 + 3 + 10);
    expect(backupsToDelete(names).length).toBe(400 - kept.length);
  });

  it('always keeps the newest backup and never touches what is not a backup', () => {
    const names = [backupName(new Date(Date.UTC(2020, 0, 1))), 'notes.txt', `${backupName(new Date(Date.UTC(2019, 0, 1)))}.partial`];
    expect(backupsToDelete(names, { daily: 1, weekly: 1, monthly: 1 })).toEqual([]);
    expect(backupsToKeep(names).has(names[0] as string)).toBe(true);
  });

  it('keeps one per day even with several backups a day', () => {
    const sameDay = [1, 2, 3].map((hour) => backupName(new Date(Date.UTC(2026, 11, 6, hour))));
    expect(backupsToDelete(sameDay, { daily: 1, weekly: 1, monthly: 1 })).toEqual(sameDay.slice(0, 2));
  });
});
