/**
 * The two demo statistics of a commune: population and labour by village (a table), and the
 * year's agricultural production (a table with a chart). Figures are the commune's own.
 */
import type { SeedStatistic, SeedStatisticRow } from './types';

export interface VillagePopulation {
  village: string;
  previous: number;
  current: number;
}

export function populationStatistic(
  shortName: string,
  villages: readonly VillagePopulation[],
  labour: { previous: number; current: number; employed: number; employedBefore: number },
): SeedStatistic {
  const rows: SeedStatisticRow[] = villages.map((village) => ({
    indicator: `Thôn ${village.village}`,
    unit: 'người',
    previous: village.previous,
    current: village.current,
  }));
  const total = villages.reduce((sum, village) => sum + village.current, 0);
  const totalBefore = villages.reduce((sum, village) => sum + village.previous, 0);
  rows.push(
    { indicator: 'Tổng dân số toàn xã', unit: 'người', previous: totalBefore, current: total },
    { indicator: 'Người trong độ tuổi lao động', unit: 'người', previous: labour.previous, current: labour.current },
    { indicator: 'Lao động có việc làm', unit: 'người', previous: labour.employedBefore, current: labour.employed },
  );
  return {
    slug: 'dan-so-va-lao-dong-theo-thon-nam-2025',
    title: `Dân số và lao động theo thôn xã ${shortName} năm 2025`,
    field: 'Dân số – Lao động',
    period: 'Năm 2025 (thời điểm 31/12)',
    publishedOn: '2026-02-10',
    summary:
      `Dân số trung bình của xã ${shortName} đến ngày 31/12/2025 theo từng thôn, số người trong độ tuổi ` +
      `lao động và lao động có việc làm, so với cùng thời điểm năm 2024.`,
    previousLabel: 'Năm 2024',
    currentLabel: 'Năm 2025',
    chart: false,
    rows,
  };
}

export function agricultureStatistic(shortName: string, rows: SeedStatisticRow[]): SeedStatistic {
  return {
    slug: 'ket-qua-san-xuat-nong-nghiep-nam-2025',
    title: `Kết quả sản xuất nông nghiệp xã ${shortName} năm 2025`,
    field: 'Nông nghiệp',
    period: 'Năm 2025',
    publishedOn: '2026-01-20',
    summary: `Diện tích, năng suất, sản lượng cây trồng chính và số lượng vật nuôi của xã ${shortName} năm 2025 so với năm 2024.`,
    previousLabel: 'Năm 2024',
    currentLabel: 'Năm 2025',
    chart: true,
    rows,
  };
}
