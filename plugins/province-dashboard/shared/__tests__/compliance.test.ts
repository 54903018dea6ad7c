import {
  COLLECTION_UIDS,
  REQUIRED_INFORMATION,
  complianceScore,
  freshnessLabel,
  judgeSection,
  mondayOf,
  scorecard,
  type RequiredInformationRow,
  type SectionTally,
} from '..';

const row = (key: string): RequiredInformationRow => {
  const found = REQUIRED_INFORMATION.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};
const tally = (lastUpdated: string | null, extra: Partial<SectionTally> = {}): SectionTally => ({ count: 3, lastUpdated, ...extra });

describe('the required-information table', () => {
  it('gives every row a unique key, a content type the admin can open and a rule in words', () => {
    expect(new Set(REQUIRED_INFORMATION.map((entry) => entry.key)).size).toBe(REQUIRED_INFORMATION.length);
    for (const entry of REQUIRED_INFORMATION) {
      expect(COLLECTION_UIDS[entry.source.collection]).toMatch(/^api::[a-z-]+\.[a-z-]+$/);
      expect(freshnessLabel(entry.freshness)).toMatch(/\S/);
    }
  });

  it('words the periods as a reader would', () => {
    expect(freshnessLabel({ kind: 'published-within', days: 183 })).toBe('Cập nhật trong 6 tháng');
    expect(freshnessLabel({ kind: 'published-within', days: 365 })).toBe('Cập nhật trong 1 năm');
    expect(freshnessLabel({ kind: 'published-within', days: 14 })).toBe('Cập nhật trong 14 ngày');
    expect(freshnessLabel({ kind: 'budget-estimate', dueMonth: 1, dueDay: 30 })).toBe('Dự toán năm nay công khai chậm nhất 30/01');
  });
});

describe('judging one section', () => {
  it('calls a section with nothing published empty, whatever its rule', () => {
    for (const entry of REQUIRED_INFORMATION)
      expect(judgeSection(entry, { count: 0, lastUpdated: null }, '2026-12-06').state).toBe('empty');
  });

  it('counts the days in Vietnam time: leaders saved 183 days ago are fresh, 184 days ago stale', () => {
    // 2026-06-06 17:30 UTC is already 7 June in Vietnam: 182 days before 6 December.
    expect(judgeSection(row('leaders'), tally('2026-06-06T17:30:00.000Z'), '2026-12-06')).toMatchObject({
      state: 'ok',
      note: 'Cập nhật lần cuối 07/06/2026 (182 ngày trước)',
    });
    expect(judgeSection(row('leaders'), tally('2026-06-06T03:00:00.000Z'), '2026-12-06').state).toBe('ok');
    expect(judgeSection(row('leaders'), tally('2026-06-05T03:00:00.000Z'), '2026-12-06')).toMatchObject({
      state: 'stale',
      note: 'Cập nhật lần cuối 05/06/2026 (184 ngày trước)',
    });
  });

  it('wants a work schedule for this week (from its Monday) or later', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    const schedule = row('work-schedule');
    expect(judgeSection(schedule, tally('2026-12-01T00:00:00Z', { latestWeek: '2026-11-30' }), '2026-12-06').state).toBe('ok');
    expect(judgeSection(schedule, tally('2026-12-01T00:00:00Z', { latestWeek: '2026-12-07' }), '2026-12-06').state).toBe('ok');
    expect(judgeSection(schedule, tally('2026-12-01T00:00:00Z', { latestWeek: '2026-11-23' }), '2026-12-06')).toMatchObject({
      state: 'stale',
      note: 'Lịch mới nhất là tuần từ 23/11/2026; chưa có lịch tuần này (từ 30/11/2026)',
    });
  });

  it("wants this year's budget estimate once its deadline has passed, last year's before", () => {
    const budget = row('budget');
    expect(judgeSection(budget, tally('2026-01-05T00:00:00Z', { estimateYears: [2025] }), '2026-01-30').state).toBe('ok');
    expect(judgeSection(budget, tally('2026-01-05T00:00:00Z', { estimateYears: [2025] }), '2026-01-31')).toMatchObject({
      state: 'stale',
      note: 'Chưa công khai dự toán năm 2026 (hạn 30/01/2026)',
    });
    expect(judgeSection(budget, tally('2026-01-05T00:00:00Z', { estimateYears: [2025, 2026] }), '2026-12-06').state).toBe('ok');
    // Final accounts alone are not an estimate.
    expect(judgeSection(budget, tally('2026-01-05T00:00:00Z', { estimateYears: [] }), '2026-12-06').state).toBe('stale');
  });

  it('scores the share of rows that are ok', () => {
    const tallies = new Map<string, SectionTally>([
      ['news', tally('2026-12-01T00:00:00Z')],
      ['questions', tally(null)],
      ['documents', tally('2025-01-01T00:00:00Z')],
    ]);
    const verdicts = scorecard(tallies, '2026-12-06');
    expect(verdicts.map((verdict) => verdict.key)).toEqual(REQUIRED_INFORMATION.map((entry) => entry.key));
    expect(verdicts.filter((verdict) => verdict.state === 'ok').map((verdict) => verdict.key)).toEqual(['news', 'questions']);
    expect(verdicts.find((verdict) => verdict.key === 'documents')?.state).toBe('stale');
    expect(complianceScore(verdicts)).toBe(Math.round((100 * 2) / REQUIRED_INFORMATION.length));
    expect(complianceScore([])).toBe(0);
  });
});
