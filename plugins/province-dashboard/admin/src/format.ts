/** Numbers, dates and months as Vietnamese readers write them. */
const numbers = new Intl.NumberFormat('vi-VN');

export const formatNumber = (value: number): string => numbers.format(value);

/** "06/12/2026" from an ISO instant (Vietnam time) or a YYYY-MM-DD day; "—" for none. */
export function formatDay(value: string | null): string {
  if (value === null) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  return new Date(value).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "12/2026" from "2026-12". */
export const formatMonth = (month: string): string => month.split('-').reverse().join('/');

/** "T12" from "2026-12": the short label under a chart's bar. */
export const shortMonth = (month: string): string => `T${Number(month.slice(5, 7))}`;

/** Whole days from an ISO instant to now. */
export const daysSince = (instant: string, now: Date = new Date()): number =>
  Math.max(0, Math.floor((now.getTime() - new Date(instant).getTime()) / 86_400_000));

export const formatShare = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);
