/**
 * Reads one week of the commune's work schedule from Strapi (the BFF's two schedule endpoints).
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import type { WeekSchedule } from '#shared/types/work-schedule';
import type { StrapiList } from './content';
import { scheduleWeekQuery, scheduleWeeksQuery, toWeekSchedule, type RawWorkSchedule } from './schedule-content';
import type { WorkScheduleAnswer } from '../types/strapi-answers.generated';

/** Ten years of weeks; a bound on the reads. */
const MAX_PAGES = 6;

/** The Mondays that have a published schedule. */
export async function scheduleWeeks(event: H3Event, commune: PublicCommune): Promise<string[]> {
  const scope = communeFilter(commune.slug);
  const weeks: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const list = await strapiGet<StrapiList<Pick<WorkScheduleAnswer, 'weekStart'>>>(
      event,
      '/api/work-schedules',
      scheduleWeeksQuery(page, scope),
    );
    weeks.push(...list.data.map((row) => row.weekStart ?? '').filter((week) => week !== ''));
    if (page >= list.meta.pagination.pageCount) break;
  }
  return weeks;
}

export async function readWeek(
  event: H3Event,
  commune: PublicCommune,
  weekStart: string,
  weeks: readonly string[],
): Promise<WeekSchedule | null> {
  const list = await strapiGet<StrapiList<RawWorkSchedule>>(
    event,
    '/api/work-schedules',
    scheduleWeekQuery(weekStart, communeFilter(commune.slug)),
  );
  const raw = list.data[0];
  return raw ? toWeekSchedule(raw, weeks) : null;
}
