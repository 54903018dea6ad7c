/**
 * The leaders' weekly work schedule (lịch công tác) as the schedule pages receive it.
 */

export interface ScheduleEntry {
  /** "08:00". */
  time: string;
  content: string;
  place: string | null;
  leader: string;
  attendees: string | null;
}

export interface ScheduleDay {
  /** ISO date. */
  date: string;
  /** "Thứ Hai". */
  weekday: string;
  entries: ScheduleEntry[];
}

/** `GET /api/work-schedules/current` and `GET /api/work-schedules/:monday`. */
export interface WeekScheduleResponse {
  /** The Monday of the week asked for (today's week for /current). */
  requestedWeek: string;
  /** The week shown: the one asked for, or for /current the nearest week that has a schedule. */
  schedule: WeekSchedule | null;
  /** The Monday of the current week in Việt Nam. */
  currentWeek: string;
}

export interface WeekSchedule {
  title: string;
  /** ISO date of the Monday. */
  weekStart: string;
  /** ISO date of the Sunday. */
  weekEnd: string;
  note: string | null;
  /** Monday to Friday always, Saturday and Sunday when they have entries. */
  days: ScheduleDay[];
  /** Mondays of the nearest earlier and later weeks that have a schedule. */
  previousWeek: string | null;
  nextWeek: string | null;
  updatedAt: string | null;
}
