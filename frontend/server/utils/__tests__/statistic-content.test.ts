import { toDecimal, toStatisticDetail, toStatisticList, type RawStatisticDetail, type RawStatisticRow } from '../statistic-content';
import { fromCms } from './from-cms';

describe('statistics', () => {
  it('groups publications by field, newest first', () => {
    const list = toStatisticList([
      { documentId: 'a', title: 'Nông nghiệp 2024', slug: 'nn-2024', field: 'Nông nghiệp', period: 'Năm 2024', publishedOn: '2025-01-20' },
      { documentId: 'b', title: 'Dân số 2025', slug: 'ds-2025', field: 'Dân số – Lao động', period: 'Năm 2025', publishedOn: '2026-02-10' },
      { documentId: 'c', title: 'Nông nghiệp 2025', slug: 'nn-2025', field: 'Nông nghiệp', period: 'Năm 2025', publishedOn: '2026-01-20' },
    ]);
    expect(list.groups.map((group) => group.field)).toEqual(['Dân số – Lao động', 'Nông nghiệp']);
    expect(list.groups[1]?.publications.map((publication) => publication.title)).toEqual(['Nông nghiệp 2025', 'Nông nghiệp 2024']);
    expect(list.total).toBe(3);
  });

  it('reads Strapi decimals and draws a chart only when asked', () => {
    expect(toDecimal('48.6')).toBe(48.6);
    expect(toDecimal('')).toBeNull();
    const raw: RawStatisticDetail = {
      documentId: 'c',
      title: 'Nông nghiệp 2025',
      slug: 'nn-2025',
      field: 'Nông nghiệp',
      period: 'Năm 2025',
      previousLabel: 'Năm 2024',
      currentLabel: 'Năm 2025',
      rows: [
        { indicator: 'Năng suất lúa', unit: 'tạ/ha', previous: '48.6', current: '50.2' },
        { indicator: 'Không số' },
        fromCms<RawStatisticRow>(null),
      ],
    };
    const withChart = toStatisticDetail({ ...raw, chart: true }, 'http://127.0.0.1:1337');
    expect(withChart.rows).toEqual([{ indicator: 'Năng suất lúa', unit: 'tạ/ha', previous: 48.6, current: 50.2 }]);
    expect(withChart.chart?.groups[0]?.bars.map((bar) => bar.label)).toEqual(['48,6', '50,2']);
    expect(toStatisticDetail({ ...raw, chart: false }, 'http://127.0.0.1:1337').chart).toBeNull();
  });
});
