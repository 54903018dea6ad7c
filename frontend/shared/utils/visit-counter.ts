/**
 * The footer's visit counter line, shared by the footer and the page cache, which writes the
 * current figures into a cached page (server/plugins/page-cache.ts) so that they are never older
 * than the visits answer (a few seconds) even when the page is a minute old.
 */

const numberFormat = new Intl.NumberFormat('vi-VN');

export function visitCounterText(totals: { today: number; total: number }): string {
  return `Lượt truy cập: hôm nay ${numberFormat.format(totals.today)} · tổng số ${numberFormat.format(totals.total)}`;
}

/** Marks the element whose text is the counter line; unique in a page. */
export const VISIT_COUNTER_ATTRIBUTE = 'data-visit-counter';

/** The page with the counter element's text replaced (escaping is moot: digits, dots, fixed words). */
export function withVisitCounter(html: string, totals: { today: number; total: number }): string {
  const element = new RegExp(`(<p\\b[^>]*\\b${VISIT_COUNTER_ATTRIBUTE}\\b[^>]*>)[^<]*(</p>)`);
  return html.replace(element, (_match, open: string, close: string) => `${open}${visitCounterText(totals)}${close}`);
}
