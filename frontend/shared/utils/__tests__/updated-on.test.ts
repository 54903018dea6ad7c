import { latestTimestamp, vietnamDayOf } from '../updated-on';

describe('latestTimestamp', () => {
  it('picks the latest readable timestamp', () => {
    expect(latestTimestamp(['2026-04-07T02:00:00.000Z', null, 'not a date', '2026-11-20T17:30:00.000Z', undefined])).toBe(
      '2026-11-20T17:30:00.000Z',
    );
  });
  it('is null for nothing to compare', () => {
    expect(latestTimestamp([])).toBeNull();
    expect(latestTimestamp([null, ''])).toBeNull();
  });
});

describe('vietnamDayOf', () => {
  it('gives the day in Việt Nam, seven hours ahead of UTC', () => {
    expect(vietnamDayOf('2026-11-20T17:30:00.000Z')).toBe('2026-11-21');
    expect(vietnamDayOf('2026-11-20T16:59:59.000Z')).toBe('2026-11-20');
  });
  it('is null for a missing or unreadable timestamp', () => {
    expect(vietnamDayOf(null)).toBeNull();
    expect(vietnamDayOf('hôm qua')).toBeNull();
  });
});
