/**
 * How the pages write an official's term of office, in Vietnamese and in English. A fixed time
 * zone keeps the server's and the browser's rendering identical (as in format.ts).
 */
import { formatDate } from './format';

const englishDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** `2026-04-07` → `7 April 2026`; `''` for a missing or bad date. */
export function formatDateEnglish(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : englishDateFormat.format(date);
}

/**
 * `07/04/2026 – 31/03/2031`, `từ 07/04/2026`, `đến 31/03/2031` (or the English equivalents);
 * null when neither date is known.
 */
export function officialTerm(start: string | null, end: string | null, locale: 'vi' | 'en' = 'vi'): string | null {
  const format = locale === 'en' ? formatDateEnglish : formatDate;
  const from = format(start);
  const to = format(end);
  if (from && to) return `${from} – ${to}`;
  if (from) return locale === 'en' ? `from ${from}` : `từ ${from}`;
  if (to) return locale === 'en' ? `until ${to}` : `đến ${to}`;
  return null;
}
