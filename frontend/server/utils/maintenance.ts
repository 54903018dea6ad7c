/**
 * Maintenance windows scheduled by province IT (cms/src/maintenance, README "Maintenance
 * windows"), as this process last read them: polled with the content versions
 * (server/plugins/content-versions.ts) and kept when the CMS cannot be asked, so the site knows
 * a window before the CMS goes down for it.
 *
 * From NOTICE_AHEAD_MS before a window every page of the communes it covers says when it will
 * be; during the window pages are served from this process's cache with a notice, and a page
 * that was never cached answers a maintenance page (503, Retry-After).
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */

/** One window, as `GET /api/maintenance-windows` answers it (cms/src/maintenance/types.ts). */
export interface MaintenanceWindow {
  id: number;
  /** ISO 8601 instants. */
  startsAt: string;
  endsAt: string;
  /** Province IT's own words for citizens; may be empty. */
  message: string;
  /** Slugs of the communes it covers; null: every commune. */
  communes: string[] | null;
}

export interface MaintenanceWindowList {
  data: MaintenanceWindow[];
}

export const NOTICE_AHEAD_MS = 72 * 3600_000;

let windows: readonly MaintenanceWindow[] = [];

export function setMaintenanceWindows(list: readonly MaintenanceWindow[]): void {
  windows = list;
}

export function maintenanceWindows(): readonly MaintenanceWindow[] {
  return windows;
}

const covers = (window: MaintenanceWindow, slug: string | null): boolean =>
  window.communes === null || (slug !== null && window.communes.includes(slug));

export interface MaintenanceState {
  /** The window under way for this commune, if any. */
  active: MaintenanceWindow | null;
  /** The next window starting within NOTICE_AHEAD_MS, if none is under way. */
  upcoming: MaintenanceWindow | null;
}

/** What a commune's pages must say now; `slug` null: a host no commune is known for. */
export function maintenanceState(
  slug: string | null,
  now: number = Date.now(),
  list: readonly MaintenanceWindow[] = windows,
): MaintenanceState {
  let active: MaintenanceWindow | null = null;
  let upcoming: MaintenanceWindow | null = null;
  for (const window of list) {
    if (!covers(window, slug)) continue;
    const start = Date.parse(window.startsAt);
    const end = Date.parse(window.endsAt);
    if (!(start < end) || end <= now) continue;
    if (start <= now) {
      if (!active || Date.parse(active.endsAt) < end) active = window;
    } else if (start - now <= NOTICE_AHEAD_MS && (!upcoming || Date.parse(upcoming.startsAt) > start)) {
      upcoming = window;
    }
  }
  return { active, upcoming: active ? null : upcoming };
}

/** `22:00 ngày 06/12/2026`, in Việt Nam's time (UTC+7 all year). */
export function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ngày ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The sentence a page carries before or during a window. */
export function noticeText(state: MaintenanceState): string | null {
  if (state.active) {
    return `Hệ thống đang được bảo trì đến ${vietnamTime(state.active.endsAt)}. Trang bạn đang xem là bản đã lưu trước khi bảo trì; nội dung mới sẽ được cập nhật sau khi bảo trì xong.`;
  }
  if (state.upcoming) {
    return `Hệ thống sẽ tạm dừng để bảo trì từ ${vietnamTime(state.upcoming.startsAt)} đến ${vietnamTime(state.upcoming.endsAt)}.`;
  }
  return null;
}

/** The notice as HTML, or null when there is nothing to say. */
export function noticeHtml(state: MaintenanceState): string | null {
  const text = noticeText(state);
  if (!text) return null;
  const message = (state.active ?? state.upcoming)?.message.trim();
  return `<div class="maintenance-notice" role="status"><p>${escapeHtml(text)}${message ? ` ${escapeHtml(message)}` : ''}</p></div>`;
}

/** Where the notice goes in `html`: right after `<body …>`; -1 on a page without one. */
export function maintenanceNoticePosition(html: string): number {
  const body = /<body[^>]*>/.exec(html);
  return body ? body.index + body[0].length : -1;
}

/** The page with the notice at the top of its body; unchanged when there is nothing to say. */
export function withMaintenanceNotice(html: string, state: MaintenanceState): string {
  const notice = noticeHtml(state);
  if (!notice) return html;
  const at = maintenanceNoticePosition(html);
  return at === -1 ? html : html.slice(0, at) + notice + html.slice(at);
}

/** Seconds until the window ends, for Retry-After (at least a minute). */
export function retryAfterSeconds(window: MaintenanceWindow, now: number = Date.now()): number {
  return Math.max(60, Math.ceil((Date.parse(window.endsAt) - now) / 1000));
}

/** The page a visitor gets for a page that was never cached while a window is under way. */
export function maintenancePage(window: MaintenanceWindow): string {
  const message = window.message.trim();
  return `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hệ thống đang bảo trì</title></head>
<body>
<main>
<h1>Hệ thống đang bảo trì</h1>
<p>Trang thông tin điện tử đang tạm dừng để bảo trì từ ${escapeHtml(vietnamTime(window.startsAt))} đến ${escapeHtml(vietnamTime(window.endsAt))}. Trang bạn yêu cầu chưa có bản lưu để xem trong thời gian này.</p>
${message ? `<p>${escapeHtml(message)}</p>\n` : ''}<p>Xin vui lòng quay lại sau khi bảo trì xong. Xin cảm ơn.</p>
<p><a href="/">Về trang chủ</a></p>
</main>
</body>
</html>
`;
}
