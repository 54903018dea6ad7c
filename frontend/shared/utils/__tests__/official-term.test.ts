import { formatDateEnglish, officialTerm } from '../official-term';

describe('officialTerm', () => {
  it('writes both ends, or the one that is known, in Vietnamese', () => {
    expect(officialTerm('2026-04-07', '2031-03-31')).toBe('07/04/2026 – 31/03/2031');
    expect(officialTerm('2026-04-07', null)).toBe('từ 07/04/2026');
    expect(officialTerm(null, '2031-03-31')).toBe('đến 31/03/2031');
    expect(officialTerm(null, null)).toBeNull();
  });

  it('writes English dates with the month in words', () => {
    expect(officialTerm('2026-04-07', '2031-03-31', 'en')).toBe('7 April 2026 – 31 March 2031');
    expect(officialTerm('2025-08-20', null, 'en')).toBe('from 20 August 2025');
    expect(officialTerm(null, '2031-03-31', 'en')).toBe('until 31 March 2031');
  });

  it('ignores a date it cannot read', () => {
    expect(formatDateEnglish('not a date')).toBe('');
    expect(officialTerm('not a date', null)).toBeNull();
  });
});
