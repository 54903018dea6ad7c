/**
 * Urgent notices (thông báo khẩn: a flood warning, a planned power or water cut) at the top of
 * every page of a commune's site until their end time. The board head approves them like any
 * other content (`api::urgent-notice.urgent-notice` is board-governed), so only what was
 * published reaches the site.
 *
 * They are written into each page as it is served (server/plugins/serve-urgent-notices.ts), never into
 * the cached copy: a page cached at 16:59 must not keep a notice that ended at 17:00, and a
 * copy served stale during a CMS outage must not either. What is kept per commune is the list
 * Strapi returned, refetched when the commune's content version moves; the end time is checked
 * against the clock on every page served.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { safeHref } from '#shared/utils/safe-url';
import { escapeHtml, vietnamTime } from './maintenance';
import type { UrgentNoticeAnswer } from '../types/strapi-answers.generated';

export const URGENT_LEVELS = ['Khẩn cấp', 'Cảnh báo', 'Thông tin'] as const;
export type UrgentLevel = (typeof URGENT_LEVELS)[number];

export interface UrgentNotice {
  title: string;
  message: string;
  level: UrgentLevel;
  link: string | null;
  /** ISO 8601. */
  endsAt: string;
}

export type RawUrgentNotice = Pick<UrgentNoticeAnswer, 'title' | 'message' | 'level' | 'link' | 'endsAt'>;

/** Strapi's row as the page needs it; null for a row that cannot be shown (no end time, no text). */
export function toUrgentNotice(raw: RawUrgentNotice): UrgentNotice | null {
  const title = raw.title?.trim() ?? '';
  const message = raw.message?.trim() ?? '';
  if (!raw.endsAt || Number.isNaN(Date.parse(raw.endsAt)) || (title === '' && message === '')) return null;
  const level = URGENT_LEVELS.find((candidate) => candidate === raw.level) ?? 'Cảnh báo';
  return { title, message, level, link: raw.link?.trim() || null, endsAt: raw.endsAt };
}

/** The notices still running at `now`, the most urgent first, then the one ending first. */
export function currentNotices(notices: readonly UrgentNotice[], now: number): UrgentNotice[] {
  return notices
    .filter((notice) => Date.parse(notice.endsAt) > now)
    .sort((a, b) => URGENT_LEVELS.indexOf(a.level) - URGENT_LEVELS.indexOf(b.level) || Date.parse(a.endsAt) - Date.parse(b.endsAt));
}

const LEVEL_CLASS: Record<UrgentLevel, string> = {
  'Khẩn cấp': 'urgent-notice--khan-cap',
  'Cảnh báo': 'urgent-notice--canh-bao',
  'Thông tin': 'urgent-notice--thong-tin',
};

/**
 * The region of notices. A named region (a landmark), not `role="alert"`: the notices are part
 * of the page when it loads, not a change while it is read, and an alert on every page would
 * interrupt a screen reader on every click. The level is written out, not told by colour alone.
 */
export function urgentNoticesHtml(notices: readonly UrgentNotice[]): string {
  if (notices.length === 0) return '';
  const items = notices.map((notice) => {
    const href = notice.link ? safeHref(notice.link) : null;
    const link = href
      ? ` <a class="urgent-notice__link" href="${escapeHtml(href)}">Xem chi tiết<span class="visually-hidden">: ${escapeHtml(notice.title)}</span></a>`
      : '';
    return (
      `<div class="urgent-notice ${LEVEL_CLASS[notice.level]}">` +
      `<p class="urgent-notice__head"><span class="urgent-notice__level">${escapeHtml(notice.level)}</span> ` +
      `<strong class="urgent-notice__title">${escapeHtml(notice.title)}</strong></p>` +
      (notice.message ? `<p class="urgent-notice__message">${escapeHtml(notice.message)}</p>` : '') +
      `<p class="urgent-notice__meta">Thông báo có hiệu lực đến ${escapeHtml(vietnamTime(notice.endsAt))}.${link}</p>` +
      `</div>`
    );
  });
  return `<section class="urgent-notices" aria-label="Thông báo khẩn" data-urgent-notices><div class="container">${items.join('')}</div></section>`;
}

/**
 * Where the notices go in `html`: right after the skip link (which stays the first thing a
 * keyboard reaches), or after `<body>` on a page without one; -1 on a page without either.
 */
export function urgentNoticesPosition(html: string): number {
  const skip = html.indexOf('class="skip-link"');
  const afterSkip = skip === -1 ? -1 : html.indexOf('</a>', skip);
  if (afterSkip !== -1) return afterSkip + 4;
  const body = /<body[^>]*>/.exec(html);
  return body ? body.index + body[0].length : -1;
}

/** The page with the notices running at `now` at the top (urgentNoticesPosition). */
export function withUrgentNotices(html: string, notices: readonly UrgentNotice[], now: number): string {
  const region = urgentNoticesHtml(currentNotices(notices, now));
  if (!region) return html;
  const at = urgentNoticesPosition(html);
  return at === -1 ? html : html.slice(0, at) + region + html.slice(at);
}

/**
 * The region a list gives at `now`, kept until the first of its notices ends: every cached view
 * writes it in, and it changes only when a notice ends or the list does.
 */
const regions = new WeakMap<readonly UrgentNotice[], { html: string; until: number }>();

export function urgentRegionOf(notices: readonly UrgentNotice[], now: number): string {
  const kept = regions.get(notices);
  if (kept && now < kept.until) return kept.html;
  const running = currentNotices(notices, now);
  const until = running.reduce((first, notice) => Math.min(first, Date.parse(notice.endsAt)), Number.POSITIVE_INFINITY);
  const html = urgentNoticesHtml(running);
  regions.set(notices, { html, until });
  return html;
}
