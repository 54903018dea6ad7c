import { addMonths, lastDays, lastTwelveMonths, monthBounds, vietnamMidnight, vietnamToday } from '../calendar';
import { emptyFigures, provinceFigures } from '../sums';
import { median, timelinessOf, type PublishedDocument } from '../timeliness';

const document = (issueDate: string, publishedOn: string, communeId = 1): PublishedDocument => ({
  communeId,
  documentId: `${issueDate}-${publishedOn}`,
  title: `Văn bản ${issueDate}`,
  number: null,
  issueDate,
  publishedOn,
});

describe('the calendar in Vietnam time', () => {
  it('puts 17:00 UTC on the next day', () => {
    expect(vietnamToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(vietnamToday(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(vietnamMidnight('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('lists twelve months across a new year and their bounds', () => {
    expect(lastTwelveMonths('2026-03-15')).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    const bounds = monthBounds(['2026-11', '2026-12']);
    expect(bounds.map((bound) => bound.toISOString())).toEqual([
      '2026-10-31T17:00:00.000Z',
      '2026-11-30T17:00:00.000Z',
      '2026-12-31T17:00:00.000Z',
    ]);
    expect(lastDays('2026-03-01', 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});

describe("documents' timeliness (Law 104/2016 Art. 18(4))", () => {
  it('takes the median of the days and the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('counts working days: issued on Friday, published the next Friday is 5 working days and on time; Monday after is late', () => {
    const result = timelinessOf([
      document('2026-11-27', '2026-12-04'),
      document('2026-11-27', '2026-12-07'),
      document('2026-12-01', '2026-11-30'),
    ]);
    expect(result).toMatchObject({ count: 3, withinDeadline: 2, withinShare: 2 / 3, medianDays: 7 });
    expect(result.late).toEqual([
      {
        documentId: '2026-11-27-2026-12-07',
        title: 'Văn bản 2026-11-27',
        number: null,
        issueDate: '2026-11-27',
        publishedOn: '2026-12-07',
        workingDays: 6,
      },
    ]);
    expect(timelinessOf([])).toEqual({ count: 0, medianDays: null, withinDeadline: 0, withinShare: null, late: [] });
  });
});

describe("the province's figures", () => {
  it('adds communes up, takes the median over every document and the mean score', () => {
    const a = emptyFigures();
    a.visits = { today: 1, month: 2, year: 3, total: 4 };
    a.published.year = { tin: 1, bai: 2, document: 3, other: 4, total: 10 };
    a.waiting = { count: 2, oldestSince: '2026-11-02T00:00:00.000Z' };
    a.compliance = { score: 50, ok: 7, stale: 4, empty: 3 };
    a.lastPublishedAt = '2026-12-01T00:00:00.000Z';
    const b = emptyFigures();
    b.visits = { today: 10, month: 20, year: 30, total: 40 };
    b.waiting = { count: 1, oldestSince: '2026-10-01T00:00:00.000Z' };
    b.compliance = { score: 85, ok: 12, stale: 1, empty: 1 };
    const province = provinceFigures([a, b], [document('2026-11-02', '2026-11-03'), document('2026-11-02', '2026-11-20', 2)]);
    expect(province.visits).toEqual({ today: 11, month: 22, year: 33, total: 44 });
    expect(province.published.year.total).toBe(10);
    expect(province.waiting).toEqual({ count: 3, oldestSince: '2026-10-01T00:00:00.000Z' });
    expect(province.compliance).toEqual({ score: 68, ok: 19, stale: 5, empty: 4 });
    expect(province.documents).toEqual({ count: 2, medianDays: 9.5, withinDeadline: 1, withinShare: 0.5 });
    expect(province.lastPublishedAt).toBe('2026-12-01T00:00:00.000Z');
  });
});
