import { firstWords, formatDate, formatDay, monthStartInVietnam, percent, todayInVietnam } from '../format';

describe('the inbox page’s formatting', () => {
  it('reads days and instants in Vietnam time, whatever the machine’s zone', () => {
    expect(formatDay('2026-12-04')).toBe('04/12/2026');
    // 17:30 UTC on 30 November is already 1 December in Vietnam (UTC+7).
    const lateEvening = new Date('2026-11-30T17:30:00Z');
    expect(formatDate(lateEvening.toISOString())).toBe('01/12/2026');
    expect(todayInVietnam(lateEvening)).toBe('2026-12-01');
    expect(monthStartInVietnam(lateEvening)).toBe('2026-12-01');
    expect(monthStartInVietnam(new Date('2026-12-20T03:00:00Z'))).toBe('2026-12-01');
  });

  it('cuts a long question at a word, and leaves a short one whole', () => {
    const text = 'Đường liên thôn Nà Pàn bị sạt lở sau mưa lớn,   xe máy không qua được. Đề nghị xã sớm khắc phục.';
    expect(firstWords('Xin hỏi thủ tục khai sinh?')).toBe('Xin hỏi thủ tục khai sinh?');
    const cut = firstWords(text, 50);
    expect(cut).toBe('Đường liên thôn Nà Pàn bị sạt lở sau mưa lớn, xe…');
    expect(cut.length).toBeLessThanOrEqual(51);
  });

  it('gives a share as a whole percentage, and none of nothing', () => {
    expect(percent(1, 2)).toBe('50 %');
    expect(percent(2, 3)).toBe('67 %');
    expect(percent(0, 0)).toBe('—');
  });
});
