/**
 * Strapi work schedules → one week of the leaders' schedule, grouped by day and sorted by time.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { ScheduleDay, ScheduleEntry, WeekSchedule } from '#shared/types/work-schedule';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { ScheduleEntryComponent, WorkScheduleAnswer } from '../types/strapi-answers.generated';

export type RawScheduleEntry = Pick<ScheduleEntryComponent, 'day' | 'time' | 'content' | 'place' | 'leader' | 'attendees'>;

export type RawWorkSchedule = Pick<WorkScheduleAnswer, 'documentId' | 'title' | 'weekStart' | 'note' | 'updatedAt'> &
  Populated<WorkScheduleAnswer, 'entries', RawScheduleEntry>;

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
}

/** The Monday of the week that holds the date. */
export function mondayOf(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

export function isMonday(iso: string): boolean {
  return isIsoDate(iso) && mondayOf(iso) === iso;
}

/** `8h00`, `08h00`, `8:00` → `08:00`; anything else is kept as written. */
export function normaliseTime(value: string): string {
  const match = /^(\d{1,2})[:h](\d{2})$/.exec(value.trim());
  return match ? `${match[1]?.padStart(2, '0')}:${match[2]}` : value.trim();
}

function toEntry(raw: RawScheduleEntry): (ScheduleEntry & { day: string }) | null {
  const day = text(raw.day);
  const content = text(raw.content);
  if (day === null || !isIsoDate(day) || content === null) return null;
  return {
    day,
    time: normaliseTime(text(raw.time) ?? ''),
    content,
    place: text(raw.place),
    leader: text(raw.leader) ?? '',
    attendees: text(raw.attendees),
  };
}

/** Monday to Friday always (an empty working day says so), the weekend only when it has entries. */
export function scheduleDays(weekStart: string, raw: readonly (RawScheduleEntry | null)[]): ScheduleDay[] {
  const entries = raw.filter((entry): entry is RawScheduleEntry => entry !== null).map(toEntry);
  const days: ScheduleDay[] = [];
  for (let offset = 0; offset < 7; offset += 1) {
    const date = addDays(weekStart, offset);
    const dayEntries = entries
      .filter((entry): entry is ScheduleEntry & { day: string } => entry !== null && entry.day === date)
      .sort((a, b) => a.time.localeCompare(b.time))
      .map(({ day: _day, ...entry }) => entry);
    if (offset < 5 || dayEntries.length > 0) days.push({ date, weekday: weekdayOf(date), entries: dayEntries });
  }
  return days;
}

/** The week shown for `requested`: that week when it has a schedule, else the nearest one (earlier wins a tie). */
export function nearestWeek(weeks: readonly string[], requested: string): string | null {
  const distance = (week: string): number => Math.abs(Date.parse(week) - Date.parse(requested));
  return [...weeks].sort((a, b) => distance(a) - distance(b) || a.localeCompare(b))[0] ?? null;
}

export function neighbourWeeks(weeks: readonly string[], week: string): { previousWeek: string | null; nextWeek: string | null } {
  const sorted = [...new Set(weeks)].sort();
  return {
    previousWeek: sorted.filter((other) => other < week).at(-1) ?? null,
    nextWeek: sorted.find((other) => other > week) ?? null,
  };
}

export function toWeekSchedule(raw: RawWorkSchedule, weeks: readonly string[]): WeekSchedule | null {
  const weekStart = text(raw.weekStart);
  if (weekStart === null || !isIsoDate(weekStart)) return null;
  return {
    title: text(raw.title) ?? `Lịch công tác tuần từ ${weekStart}`,
    weekStart,
    weekEnd: addDays(weekStart, 6),
    note: text(raw.note),
    days: scheduleDays(weekStart, raw.entries ?? []),
    ...neighbourWeeks(weeks, weekStart),
    updatedAt: raw.updatedAt ?? null,
  };
}

/* ---------- Strapi queries ---------- */

export const SCHEDULE_PAGE_SIZE = 100;

/** The Mondays that have a schedule, newest first. */
export function scheduleWeeksQuery(page: number, commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: ['weekStart'],
    sort: ['weekStart:desc', 'id:asc'],
    pagination: { page, pageSize: SCHEDULE_PAGE_SIZE },
  };
}

export function scheduleWeekQuery(weekStart: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, weekStart: { $eq: weekStart } },
    populate: { entries: true },
    sort: ['updatedAt:desc'],
    pagination: { page: 1, pageSize: 1 },
  };
}
