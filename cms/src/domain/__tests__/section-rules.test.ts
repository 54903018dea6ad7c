import { checkSectionRules, URGENT_NOTICE_MAX_DAYS } from '../section-rules';

const NOW = new Date('2026-12-06T03:00:00Z');
const check = (uid: string, fields: Record<string, unknown>) => checkSectionRules(uid, fields, NOW);

describe('the law sections’ rules', () => {
  it('refuses a plan that ends before it starts, and accepts one year or an ordered period', () => {
    expect(check('api::plan.plan', { periodStart: 2026, periodEnd: 2025 })).toEqual([
      { path: 'periodEnd', message: expect.stringContaining('Năm kết thúc') },
    ]);
    expect(check('api::plan.plan', { periodStart: 2026, periodEnd: null })).toEqual([]);
    expect(check('api::plan.plan', { periodStart: 2021, periodEnd: 2025 })).toEqual([]);
  });

  it('refuses a project with no capital, a reversed period or a negative disbursement', () => {
    const uid = 'api::investment-project.investment-project';
    expect(check(uid, { totalCapital: '0', startYear: 2025 }).map((error) => error.path)).toEqual(['totalCapital']);
    expect(check(uid, { totalCapital: '1500000000', startYear: 2026, endYear: 2025 }).map((error) => error.path)).toEqual(['endYear']);
    expect(check(uid, { totalCapital: '1500000000', progress: [{ disbursed: '-5' }] })[0]?.message).toContain('lần cập nhật tiến độ thứ 1');
    expect(check(uid, { totalCapital: '1500000000', startYear: 2025, endYear: 2026, progress: [{ disbursed: '300000000' }] })).toEqual([]);
  });

  it('asks a contractor selection result for the winner and the price', () => {
    const uid = 'api::bidding-notice.bidding-notice';
    expect(check(uid, { noticeKind: 'Kết quả lựa chọn nhà thầu' }).map((error) => error.path)).toEqual(['winner', 'contractValue']);
    expect(
      check(uid, { noticeKind: 'Kết quả lựa chọn nhà thầu', winner: 'Công ty TNHH Xây dựng Minh Phát', contractValue: '1200000000' }),
    ).toEqual([]);
    expect(
      check(uid, { noticeKind: 'Thông báo mời thầu', noticeDate: '2026-05-10', closingDate: '2026-05-01' }).map((error) => error.path),
    ).toEqual(['closingDate']);
  });

  it('refuses negative amounts in a budget table', () => {
    expect(check('api::budget-report.budget-report', { lines: [{ planned: '100', actual: '90' }, { planned: '-1' }] })).toEqual([
      { path: 'lines', message: 'Số tiền ở dòng 2 của bảng số liệu không được âm.' },
    ]);
  });

  it('needs rows to draw a statistics chart', () => {
    expect(check('api::statistic.statistic', { chart: true, rows: [] }).map((error) => error.path)).toEqual(['chart']);
    expect(check('api::statistic.statistic', { chart: true, rows: [{ indicator: 'Dân số', current: 12000 }] })).toEqual([]);
    // A write without the rows (a publish saves the stored draft as it is) is not judged on them.
    expect(check('api::statistic.statistic', { chart: true })).toEqual([]);
  });

  it('keeps a work schedule to one week that starts on a Monday', () => {
    const uid = 'api::work-schedule.work-schedule';
    expect(check(uid, { weekStart: '2026-12-08' })[0]?.message).toBe(
      'Ngày 08/12/2026 không phải thứ Hai; lịch công tác tính theo tuần, bắt đầu từ thứ Hai.',
    );
    expect(check(uid, { weekStart: '2026-12-07', entries: [{ day: '2026-12-13' }, { day: '2026-12-14' }] })).toEqual([
      { path: 'entries', message: 'Nội dung thứ 2 có ngày 14/12/2026, ngoài tuần từ 07/12/2026 đến 13/12/2026.' },
    ]);
  });

  it('keeps an urgent notice to at most a month', () => {
    const uid = 'api::urgent-notice.urgent-notice';
    const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
    expect(check(uid, { endsAt: inDays(3) })).toEqual([]);
    expect(check(uid, { endsAt: inDays(URGENT_NOTICE_MAX_DAYS + 1) }).map((error) => error.path)).toEqual(['endsAt']);
  });

  it('has no rules for other types', () => {
    expect(check('api::article.article', { periodStart: 2026, periodEnd: 2020 })).toEqual([]);
  });
});
