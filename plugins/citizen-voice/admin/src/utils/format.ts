import { todayInVietnam } from '../../../shared/working-days';

/** Dates as Vietnamese editors read them, in Vietnam time whatever the browser's zone. */
const ZONE = 'Asia/Ho_Chi_Minh';

/** An ISO instant as 22/11/2026 14:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** An ISO instant as 22/11/2026. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** A calendar day (YYYY-MM-DD) as 22/11/2026, without passing through a time zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** Today's calendar day in Vietnam: the plugin's one rule, which the server's due dates use too. */
export { todayInVietnam };

/** The first day of the current month in Vietnam (YYYY-MM-01). */
export function monthStartInVietnam(now: Date = new Date()): string {
  return `${todayInVietnam(now).slice(0, 8)}01`;
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function firstWords(text: string, maxChars = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** A share as a whole percentage ("75 %"), or "—" when nothing was counted. */
export function percent(part: number, total: number): string {
  if (total <= 0) return '—';
  return `${Math.round((part / total) * 100)} %`;
}
