import { todayInVietnam } from '../vietnam-date';

describe('todayInVietnam', () => {
  it('is already the next day in Vietnam from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(todayInVietnam(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });
});
