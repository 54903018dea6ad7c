/**
 * Vietnamese text formatting shared by the pages. A fixed time zone keeps the server's and
 * the browser's rendering identical (no hydration mismatch around midnight).
 */

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** `2025-11-20T17:30:00.000Z` → `21/11/2025` (Việt Nam time); `''` for a missing or bad date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

const LOCAL_UNIT = /^(xã|phường|thị trấn|đặc khu)\s/iu;

/** `Xã Khánh Khê` → `Ủy ban nhân dân xã Khánh Khê`, the agency that owns the site. */
export function agencyName(communeName: string): string {
  const name = communeName.trim();
  const unit = LOCAL_UNIT.exec(name)?.[1];
  return unit ? `Ủy ban nhân dân ${unit.toLowerCase()}${name.slice(unit.length)}` : `Ủy ban nhân dân ${name}`;
}
