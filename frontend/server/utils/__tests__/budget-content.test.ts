import {
  budgetSections,
  groupBudgetReports,
  periodEnd,
  toBudgetList,
  toBudgetReportDetail,
  type RawBudgetLine,
  type RawBudgetReportSummary,
} from '../budget-content';
import { formatAmount, formatPercent, percentOf, sumAmounts, toAmount } from '#shared/utils/money';

describe('amounts in đồng', () => {
  it('formats Vietnamese style and sums past the float limit exactly', () => {
    expect(formatAmount('1234567000')).toBe('1.234.567.000');
    expect(formatAmount('0')).toBe('0');
    expect(formatAmount('abc')).toBe('');
    expect(sumAmounts(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(sumAmounts([null, null])).toBeNull();
    expect(toAmount(42)).toBe('42');
    expect(toAmount(' 0042 ')).toBe('42');
    expect(toAmount('1.5')).toBeNull();
  });

  it('gives actual as a share of planned with one decimal, never dividing by zero', () => {
    expect(percentOf('853', '1000')).toBe(85.3);
    expect(percentOf('2', '3')).toBe(66.7);
    expect(percentOf('1', '0')).toBeNull();
    expect(percentOf(null, '1000')).toBeNull();
    expect(formatPercent(85.3)).toBe('85,3%');
  });
});

describe('the budget list by year', () => {
  const raw: RawBudgetReportSummary[] = [
    { documentId: 'a', title: 'Dự toán 2025', slug: 'du-toan-2025', year: 2025, reportKind: 'Dự toán', disclosedOn: '2025-01-10' },
    {
      documentId: 'b',
      title: '9 tháng 2025',
      slug: 'chin-thang-2025',
      year: 2025,
      reportKind: 'Thực hiện 9 tháng',
      disclosedOn: '2025-10-14',
    },
    {
      documentId: 'c',
      title: '6 tháng 2025',
      slug: 'sau-thang-2025',
      year: 2025,
      reportKind: 'Thực hiện 6 tháng',
      disclosedOn: '2025-07-20',
    },
    { documentId: 'd', title: 'Dự toán 2026', slug: null, year: 2026, reportKind: 'Dự toán', disclosedOn: '2026-01-08' },
  ];

  it('puts the newest year first and the reports in the order of the budget cycle', () => {
    const list = toBudgetList(raw, '2026-12-06');
    expect(list.years.map((year) => year.year)).toEqual([2026, 2025]);
    expect(list.years[1]?.reports.map((report) => report.reportKind)).toEqual(['Dự toán', 'Thực hiện 6 tháng', 'Thực hiện 9 tháng']);
    expect(list.years[0]?.reports[0]?.path).toBe('/cong-khai-ngan-sach/d');
  });

  it('says which reports of ended periods are missing, and which are not due yet', () => {
    const [year2026, year2025] = toBudgetList(raw, '2026-08-01').years;
    expect(year2025?.missing).toEqual(['Thực hiện quý I', 'Thực hiện cả năm', 'Quyết toán', 'Báo cáo tài chính năm']);
    expect(year2025?.notYetDue).toEqual([]);
    expect(year2026?.missing).toEqual(['Thực hiện quý I', 'Thực hiện 6 tháng']);
    expect(year2026?.notYetDue).toEqual(['Thực hiện 9 tháng', 'Thực hiện cả năm', 'Quyết toán', 'Báo cáo tài chính năm']);
    expect(groupBudgetReports([], '2026-01-01')).toEqual([]);
    expect(periodEnd('Dự toán', 2026)).toBe('2025-12-31');
  });
});

describe('the budget table', () => {
  const lines: (RawBudgetLine | null)[] = [
    { section: 'Chi ngân sách', item: 'Chi đầu tư phát triển', planned: '9800000000', actual: '6076000000' },
    { section: 'Thu ngân sách', item: 'Thu phí, lệ phí', planned: '850000000', actual: '663000000' },
    { section: 'Thu ngân sách', item: 'Thu bổ sung cân đối', planned: 28600000000, actual: null },
    null,
    { section: 'Chi ngân sách', item: '  ', planned: '1' },
  ];

  it('puts revenue before expenditure, each with its subtotal and share', () => {
    const sections = budgetSections(lines);
    expect(sections.map((section) => section.section)).toEqual(['Thu ngân sách', 'Chi ngân sách']);
    expect(sections[0]?.totalPlanned).toBe('29450000000');
    expect(sections[0]?.totalActual).toBe('663000000');
    expect(sections[1]?.lines).toHaveLength(1);
    expect(sections[1]?.lines[0]?.percent).toBe(62);
  });

  it('links the approving document and says whether the report has actual amounts', () => {
    const detail = toBudgetReportDetail(
      {
        documentId: 'x',
        title: 'Dự toán',
        slug: 'du-toan',
        year: 2026,
        reportKind: 'Dự toán',
        approvingDocument: { documentId: 'doc1', number: '12', symbol: 'NQ-HĐND', documentType: 'Nghị quyết', summary: 'Về dự toán' },
        lines: [{ section: 'Thu ngân sách', item: 'Thuế', planned: '1000' }],
      },
      'http://127.0.0.1:1337',
    );
    expect(detail.approvingDocument?.numberSymbol).toBe('12/NQ-HĐND');
    expect(detail.hasActual).toBe(false);
    expect(detail.path).toBe('/cong-khai-ngan-sach/du-toan');
  });
});
