import type { H3Event } from 'h3';
import type { WeekScheduleResponse } from '#shared/types/work-schedule';
import { todayInVietnamIso } from '#shared/utils/search';
import { isMonday, mondayOf } from '../../utils/schedule-content';
import { readWeek, scheduleWeeks } from '../../utils/schedule-week';

function weekParam(event: H3Event): string {
  return getRouterParam(event, 'week', { decode: true }) ?? '';
}

/** The schedule of the week starting on the given Monday; 404 when that week has none. */
export default defineCommuneCachedHandler(
  'work-schedule-week',
  async (event, commune): Promise<WeekScheduleResponse> => {
    const week = weekParam(event);
    if (!isMonday(week)) throw createError({ statusCode: 404, statusMessage: 'Work Schedule Not Found' });
    const weeks = await scheduleWeeks(event, commune);
    const schedule = weeks.includes(week) ? await readWeek(event, commune, week, weeks) : null;
    if (!schedule) throw createError({ statusCode: 404, statusMessage: 'Work Schedule Not Found' });
    return { requestedWeek: week, currentWeek: mondayOf(todayInVietnamIso()), schedule };
  },
  { keyParts: (event) => [weekParam(event), mondayOf(todayInVietnamIso())] },
);
