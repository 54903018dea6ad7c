import type { WeekScheduleResponse } from '#shared/types/work-schedule';
import { todayInVietnamIso } from '#shared/utils/search';
import { mondayOf, nearestWeek } from '../../utils/schedule-content';
import { readWeek, scheduleWeeks } from '../../utils/schedule-week';

/** This week's schedule (Việt Nam time), or the nearest week that has one. */
export default defineCommuneCachedHandler(
  'work-schedule-current',
  async (event, commune): Promise<WeekScheduleResponse> => {
    const currentWeek = mondayOf(todayInVietnamIso());
    const weeks = await scheduleWeeks(event, commune);
    const shown = weeks.includes(currentWeek) ? currentWeek : nearestWeek(weeks, currentWeek);
    return { requestedWeek: currentWeek, currentWeek, schedule: shown ? await readWeek(event, commune, shown, weeks) : null };
  },
  // A new week is a new key: the cached answer of last Sunday is never served on Monday.
  { keyParts: () => [mondayOf(todayInVietnamIso())] },
);
