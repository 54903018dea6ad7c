import type { PublicApiList, PublicWorkScheduleItem } from '#shared/types/public-api';
import { absoluteUrl } from '../../../utils/feed-xml';
import type { RawScheduleEntry } from '../../../utils/schedule-content';
import type { Populated, Present } from '../../../types/strapi-answer';
import type { WorkScheduleAnswer } from '../../../types/strapi-answers.generated';

type RawPublicWorkSchedule = Pick<WorkScheduleAnswer, 'documentId' | 'weekStart' | 'note' | 'updatedAt'> &
  Present<WorkScheduleAnswer, 'title'> &
  Populated<WorkScheduleAnswer, 'entries', RawScheduleEntry>;

/** `GET /api/public/v1/work-schedules?page=&pageSize=`: the leaders' weekly schedules, newest week first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicWorkScheduleItem>> =>
    publicApiList<RawPublicWorkSchedule, PublicWorkScheduleItem>(event, {
      strapiPath: '/api/work-schedules',
      strapiQuery: {
        fields: ['title', 'weekStart', 'note', 'updatedAt'],
        populate: { entries: true },
        sort: ['weekStart:desc', 'id:desc'],
      },
      toItem: (schedule, origin) => ({
        id: schedule.documentId,
        title: schedule.title,
        weekStart: schedule.weekStart ?? null,
        note: schedule.note ?? null,
        entries: (schedule.entries ?? [])
          .filter((entry): entry is RawScheduleEntry => entry !== null)
          .map((entry) => ({
            day: entry.day ?? null,
            time: entry.time ?? null,
            content: entry.content ?? '',
            place: entry.place ?? null,
            leader: entry.leader ?? null,
            attendees: entry.attendees ?? null,
          })),
        updatedAt: schedule.updatedAt ?? null,
        url: absoluteUrl(origin, schedule.weekStart ? `/lich-cong-tac/${schedule.weekStart}` : '/lich-cong-tac'),
      }),
    }),
);
