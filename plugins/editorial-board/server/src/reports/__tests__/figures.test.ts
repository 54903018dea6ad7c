import { Workbook } from 'exceljs';
import type { ReportData } from '../../../../shared';
import { visitLabels } from '../../../../shared';
import {
  authorsByCommune,
  emptyFigures,
  exportFileName,
  figuresByCommune,
  parsePeriod,
  PeriodError,
  sumFigures,
  sumVisits,
  visitsAsOf,
  vietnamToday,
  type KindRow,
} from '../figures';
import { reportWorkbook, SHEET_AUTHORS, SHEET_COMMUNES, SHEET_SUMMARY, SUMMARY_HEADER_ROW } from '../workbook';

describe('parsePeriod', () => {
  it('reads inclusive days in Vietnam time (UTC+7)', () => {
    const period = parsePeriod('2026-01-01', '2026-12-31');
    expect(period.start.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect([period.from, period.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('takes one day as a whole day', () => {
    const period = parsePeriod('2026-03-05', '2026-03-05');
    expect(period.end.getTime() - period.start.getTime()).toBe(24 * 3600 * 1000);
  });

  it('defaults to the current year in Vietnam, which starts 7 hours before UTC does', () => {
    // 31 December 2025, 18:00 UTC is already 1 January 2026 in Vietnam.
    const now = new Date('2025-12-31T18:00:00Z');
    expect(vietnamToday(now)).toBe('2026-01-01');
    const period = parsePeriod(undefined, '', now);
    expect([period.from, period.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('reads the first value of a repeated query parameter', () => {
    expect(parsePeriod(['2026-02-01', '2027-01-01'], '2026-02-28').from).toBe('2026-02-01');
  });

  it.each([
    ['2026-1-1', '2026-12-31', 'Ngày bắt đầu “2026-1-1” không hợp lệ'],
    ['2026-02-30', '2026-03-01', 'Ngày bắt đầu “2026-02-30” không hợp lệ'],
    ['2026-01-01', '31/12/2026', 'Ngày kết thúc “31/12/2026” không hợp lệ'],
    ['2026-12-31', '2026-01-01', 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.'],
    ['2026-01-01', undefined, 'Hãy chọn ngày kết thúc của kỳ báo cáo.'],
    [undefined, '2026-01-01', 'Hãy chọn ngày bắt đầu của kỳ báo cáo.'],
    ['2000-01-01', '2026-01-01', 'Kỳ báo cáo dài quá 10 năm'],
    [{ $gt: '2026' }, '2026-01-01', 'Ngày không hợp lệ'],
  ])('refuses %j – %j with a Vietnamese message', (from, to, message) => {
    expect(() => parsePeriod(from, to)).toThrow(PeriodError);
    expect(() => parsePeriod(from, to)).toThrow(message);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePeriod('2028-02-29', '2028-02-29').from).toBe('2028-02-29');
    expect(() => parsePeriod('2026-02-29', '2026-03-01')).toThrow(PeriodError);
  });
});

const row = (
  communeId: number,
  kind: string | null,
  counts: Partial<Record<'received' | 'published' | 'returnedItems' | 'returns' | 'rejected' | 'photos', number | string>>,
): KindRow => ({
  communeId,
  kind,
  received: counts.received ?? '0',
  published: counts.published ?? '0',
  returnedItems: counts.returnedItems ?? '0',
  returns: counts.returns ?? '0',
  rejected: counts.rejected ?? '0',
  photos: counts.photos ?? null,
});

describe('figuresByCommune', () => {
  const figures = figuresByCommune([
    row(1, 'tin', { received: '5', published: '3', returnedItems: '2', returns: '3', rejected: '1', photos: '7' }),
    row(1, 'bai', { received: '2', published: '1', photos: '4' }),
    row(1, 'document', { received: '2', published: '2', photos: '0' }),
    row(1, 'page', { published: '1', photos: '2' }),
    row(2, 'procedure', { received: 1, published: 1 }),
    row(2, 'something-else', { received: 9 }),
  ]);

  it('splits by kind and sums the total (PostgreSQL counts arrive as strings)', () => {
    const khanhKhe = figures.get(1);
    expect(khanhKhe?.byKind.tin).toEqual({ received: 5, published: 3, returnedItems: 2, returns: 3, rejected: 1, photos: 7 });
    expect(khanhKhe?.byKind.procedure).toEqual({ received: 0, published: 0, returnedItems: 0, returns: 0, rejected: 0, photos: 0 });
    expect(khanhKhe?.total).toEqual({ received: 9, published: 7, returnedItems: 2, returns: 3, rejected: 1, photos: 13 });
  });

  it('reports the photos of news and articles only, and documents posted', () => {
    expect(figures.get(1)?.articlePhotos).toBe(11);
    expect(figures.get(1)?.documentsPosted).toBe(2);
  });

  it('leaves out kinds the report does not know instead of guessing', () => {
    expect(figures.get(2)?.total.received).toBe(1);
  });

  it('sums communes into the province', () => {
    const province = sumFigures([...figures.values(), emptyFigures()]);
    expect(province.total.received).toBe(10);
    expect(province.byKind.procedure.published).toBe(1);
    expect(province.articlePhotos).toBe(11);
  });
});

describe('authorsByCommune', () => {
  it('groups by author across kinds, sorts Vietnamese names, the unknown author last', () => {
    const authors = authorsByCommune([
      { communeId: 1, authorName: 'Đỗ Văn Bình', kind: 'tin', published: '2', photos: '3' },
      { communeId: 1, authorName: 'Đỗ  Văn Bình ', kind: 'bai', published: '1', photos: '1' },
      { communeId: 1, authorName: null, kind: 'tin', published: '1', photos: '0' },
      { communeId: 1, authorName: 'Ân Thị Hoa', kind: 'document', published: '4', photos: null },
      { communeId: 1, authorName: 'Bế Văn Cường', kind: 'tin', published: '1', photos: '2' },
    ]).get(1);
    expect(authors?.map((author) => author.authorName)).toEqual(['Ân Thị Hoa', 'Bế Văn Cường', 'Đỗ Văn Bình', '']);
    expect(authors?.[2]).toEqual({
      authorName: 'Đỗ Văn Bình',
      published: { tin: 2, bai: 1, document: 0, procedure: 0, page: 0 },
      publishedTotal: 3,
      photos: 4,
    });
  });
});

describe('visits in the report', () => {
  it('counts the year and the total up to the period’s last day, or up to today when it ends later', () => {
    // 6 December 2026, 20:00 UTC is already 7 December in Vietnam.
    const now = new Date('2026-12-06T20:00:00Z');
    expect(visitsAsOf({ to: '2026-12-31' }, now)).toBe('2026-12-07');
    expect(visitsAsOf({ to: '2026-12-07' }, now)).toBe('2026-12-07');
    expect(visitsAsOf({ to: '2025-12-31' }, now)).toBe('2025-12-31');
  });

  it('sums the communes’ visits into the province', () => {
    expect(
      sumVisits([
        { period: 1, year: 10, total: 100 },
        { period: 2, year: 20, total: 200 },
      ]),
    ).toEqual({ period: 3, year: 30, total: 300 });
    expect(sumVisits([])).toEqual({ period: 0, year: 0, total: 0 });
  });

  it('names the year of the period’s end and the day counted up to', () => {
    expect(visitLabels({ period: { from: '2025-07-01', to: '2026-06-30' }, visitsAsOf: '2026-06-30' })).toEqual({
      period: 'Lượt truy cập trong kỳ',
      year: 'Lượt truy cập từ đầu năm 2026 đến ngày 30/06/2026',
      total: 'Tổng số lượt truy cập đến ngày 30/06/2026',
    });
  });
});

describe('exportFileName', () => {
  it('names a calendar year by the year, any other period by its dates', () => {
    expect(exportFileName('khanh-khe', { from: '2026-01-01', to: '2026-12-31' })).toBe('bao-cao-ban-bien-tap-khanh-khe-2026.xlsx');
    expect(exportFileName('khanh-khe', { from: '2026-01-01', to: '2026-03-31' })).toBe(
      'bao-cao-ban-bien-tap-khanh-khe-2026-01-01-den-2026-03-31.xlsx',
    );
    expect(exportFileName('Khánh "Khê"', { from: '2026-01-01', to: '2026-12-31' })).toBe('bao-cao-ban-bien-tap-kh-nh-kh-2026.xlsx');
  });
});

/** Reads a workbook back as Excel would (exceljs takes an ArrayBuffer, not a Node Buffer). */
async function readBack(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

describe('reportWorkbook', () => {
  const figures = figuresByCommune([
    row(1, 'tin', { received: 4, published: 3, photos: 5 }),
    row(2, 'bai', { received: 1, published: 1, photos: 2, returns: 2, returnedItems: 1 }),
  ]);
  const communes = [
    {
      commune: { documentId: 'a', name: 'Xã Khánh Khê', slug: 'khanh-khe', code: '06235', shortName: 'Khánh Khê', province: 'Lạng Sơn' },
      figures: figures.get(1) ?? emptyFigures(),
      visits: { period: 120, year: 900, total: 15000 },
      authors: authorsByCommune([{ communeId: 1, authorName: 'Lương Văn An', kind: 'tin', published: 3, photos: 5 }]).get(1) ?? [],
    },
    {
      commune: { documentId: 'b', name: 'Xã Sơn Giang', slug: 'son-giang', code: '06240', shortName: null, province: 'Lạng Sơn' },
      figures: figures.get(2) ?? emptyFigures(),
      visits: { period: 30, year: 100, total: 2000 },
      authors: [],
    },
  ];
  const data: ReportData = {
    scope: 'province',
    period: { from: '2026-01-01', to: '2026-12-31' },
    generatedAt: '2026-06-01T03:00:00.000Z',
    communes,
    total: sumFigures(communes.map((entry) => entry.figures)),
    visitsAsOf: '2026-06-01',
    totalVisits: sumVisits(communes.map((entry) => entry.visits)),
  };

  it('writes a workbook that reads back with the same figures', async () => {
    const workbook = await readBack(await reportWorkbook(data));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SHEET_SUMMARY, SHEET_COMMUNES, SHEET_AUTHORS]);

    const summary = workbook.getWorksheet(SHEET_SUMMARY);
    expect(summary?.getRow(SUMMARY_HEADER_ROW).getCell(2).value).toBe('Tiếp nhận');
    expect(summary?.getRow(SUMMARY_HEADER_ROW + 1).values).toEqual([undefined, 'Tin', 4, 3, 0, 0, 0, 5]);
    expect(summary?.getRow(SUMMARY_HEADER_ROW + 6).values).toEqual([undefined, 'Tổng cộng', 5, 4, 1, 2, 0, 7]);

    // The site's visits after the headline figures, labelled with their year and day.
    expect(summary?.getRow(SUMMARY_HEADER_ROW + 11).values).toEqual([undefined, 'Lượt truy cập trong kỳ', 150]);
    expect(summary?.getRow(SUMMARY_HEADER_ROW + 12).values).toEqual([undefined, 'Lượt truy cập từ đầu năm 2026 đến ngày 01/06/2026', 1000]);
    expect(summary?.getRow(SUMMARY_HEADER_ROW + 13).values).toEqual([undefined, 'Tổng số lượt truy cập đến ngày 01/06/2026', 17000]);

    const perCommune = workbook.getWorksheet(SHEET_COMMUNES);
    expect((perCommune?.getRow(1).values as unknown[]).slice(-3)).toEqual([
      'Lượt truy cập trong kỳ',
      'Lượt truy cập từ đầu năm 2026 đến ngày 01/06/2026',
      'Tổng số lượt truy cập đến ngày 01/06/2026',
    ]);
    expect(perCommune?.getRow(2).values).toEqual([undefined, 'Xã Khánh Khê', '06235', 4, 3, 0, 3, 0, 0, 0, 5, 0, 120, 900, 15000]);
    expect(perCommune?.getRow(4).values).toEqual([undefined, 'Tổng cộng', '', 5, 3, 1, 4, 1, 2, 0, 7, 0, 150, 1000, 17000]);

    expect(workbook.getWorksheet(SHEET_AUTHORS)?.getRow(2).values).toEqual([
      undefined,
      'Xã Khánh Khê',
      'Lương Văn An',
      3,
      0,
      0,
      0,
      0,
      3,
      5,
    ]);
  });

  it('has no per-commune sheet for one commune', async () => {
    const workbook = await readBack(await reportWorkbook({ ...data, scope: 'commune', communes: communes.slice(0, 1) }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SHEET_SUMMARY, SHEET_AUTHORS]);
  });
});
