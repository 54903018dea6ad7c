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

/**
 * Where the counter element's text is in `html`: from just after its opening tag to its `</p>`,
 * or null when the page has none. The attribute is taken only inside a `<p …>` tag whose text runs
 * up to `</p>`: an editor's text that mentions it (escaped, so never inside a tag) is left alone.
 * It searches with indexOf instead of a regular expression over the 40–60 KB of HTML.
 */
export function visitCounterSpan(html: string): { start: number; end: number } | null {
  for (let at = html.indexOf(VISIT_COUNTER_ATTRIBUTE); at >= 0; at = html.indexOf(VISIT_COUNTER_ATTRIBUTE, at + 1)) {
    const tagStart = html.lastIndexOf('<', at);
    const tagEnd = html.indexOf('>', at);
    const textEnd = html.indexOf('<', tagEnd + 1);
    const inParagraphTag = tagStart >= 0 && /^<p[\s>]/.test(html.slice(tagStart, tagStart + 3)) && html.indexOf('>', tagStart) === tagEnd;
    const wholeName = /\s/.test(html.charAt(at - 1)) && /[\s=>]/.test(html.charAt(at + VISIT_COUNTER_ATTRIBUTE.length));
    if (inParagraphTag && wholeName && tagEnd >= 0 && html.startsWith('</p>', textEnd)) return { start: tagEnd + 1, end: textEnd };
  }
  return null;
}

/**
 * The page with the counter element's text replaced (escaping is moot: digits, dots, fixed words).
 * A cached page is served from parts cut at this span when it is stored (server/utils/page-parts.ts);
 * this is for whole strings.
 */
export function withVisitCounter(html: string, totals: { today: number; total: number }): string {
  const span = visitCounterSpan(html);
  return span ? html.slice(0, span.start) + visitCounterLine(totals) + html.slice(span.end) : html;
}

let lastLine = { today: -1, total: -1, text: '' };

/**
 * visitCounterText, remembered for the last figures (Intl formatting on every view adds up): the
 * same figures give the same string, which the page cache compares to reuse an assembled page.
 */
export function visitCounterLine(totals: { today: number; total: number }): string {
  if (lastLine.today !== totals.today || lastLine.total !== totals.total) {
    lastLine = { today: totals.today, total: totals.total, text: visitCounterText(totals) };
  }
  return lastLine.text;
}
