import { isMonday, mondayOf, nearestWeek, neighbourWeeks, normaliseTime, scheduleDays, toWeekSchedule } from '../schedule-content';

describe('the week of the work schedule', () => {
  it('knows Mondays and finds the Monday of any day', () => {
    expect(isMonday('2026-11-30')).toBe(true);
    expect(isMonday('2026-12-01')).toBe(false);
    expect(isMonday('2026-02-30')).toBe(false);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  it('groups entries by day, sorted by time, weekdays always and the weekend only when used', () => {
    const days = scheduleDays('2026-11-30', [
      { day: '2026-11-30', time: '14h00', content: 'Họp UBND', leader: 'Chủ tịch' },
      { day: '2026-11-30', time: '7:30', content: 'Giao ban', leader: 'Bí thư' },
      { day: '2026-12-05', time: '07:30', content: 'Ra quân vệ sinh môi trường', leader: 'Phó Chủ tịch' },
      null,
      { day: 'not a day', time: '08:00', content: 'x', leader: 'y' },
    ]);
    expect(days.map((day) => day.weekday)).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
    expect(days[0]?.entries.map((entry) => entry.time)).toEqual(['07:30', '14:00']);
    expect(days[1]?.entries).toEqual([]);
    expect(normaliseTime('8h05')).toBe('08:05');
  });

  it('shows the nearest week when the one asked for has none, and links the weeks around it', () => {
    const weeks = ['2026-11-16', '2026-11-30', '2026-12-14'];
    expect(nearestWeek(weeks, '2026-12-07')).toBe('2026-11-30');
    expect(nearestWeek(weeks, '2026-11-30')).toBe('2026-11-30');
    expect(nearestWeek([], '2026-11-30')).toBeNull();
    expect(neighbourWeeks(weeks, '2026-11-30')).toEqual({ previousWeek: '2026-11-16', nextWeek: '2026-12-14' });
    const schedule = toWeekSchedule({ documentId: 'w', title: 'Lịch tuần', weekStart: '2026-11-16', entries: [] }, weeks);
    expect(schedule?.weekEnd).toBe('2026-11-22');
    expect(schedule?.previousWeek).toBeNull();
    expect(schedule?.nextWeek).toBe('2026-11-30');
  });
});
