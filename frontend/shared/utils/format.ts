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

const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });

/** `2025-11-20T10:00:00.000Z` → `17:00 ngày 20/11/2025` (Việt Nam time): a deadline to the minute. */
export function formatDateTime(iso: string | null | undefined): string {
  const day = formatDate(iso);
  return day && iso ? `${timeFormat.format(new Date(iso))} ngày ${day}` : '';
}

/** `Xã Khánh Khê` → `Ủy ban nhân dân xã Khánh Khê`, the agency that owns the site. */
export function agencyName(communeName: string): string {
  const name = communeName.trim();
  const unit = LOCAL_UNIT.exec(name)?.[1];
  return unit ? `Ủy ban nhân dân ${unit.toLowerCase()}${name.slice(unit.length)}` : `Ủy ban nhân dân ${name}`;
}

/** Centrally-governed cities are "Thành phố …", every other province "Tỉnh …" (as in cms/scripts/provision/spec.ts). */
const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

/** `Lạng Sơn` → `Tỉnh Lạng Sơn`, `Hải Phòng` → `Thành phố Hải Phòng`; a name written with its unit stays. */
export function provinceTitle(province: string): string {
  const name = province.trim();
  const unit = /^(tỉnh|thành phố|tp\.)\s+/iu.exec(name);
  if (unit) {
    const rest = name.slice(unit[0].length);
    return /^tỉnh/iu.test(unit[1] ?? '') ? `Tỉnh ${rest}` : `Thành phố ${rest}`;
  }
  return CENTRAL_CITIES.has(name.toLocaleLowerCase('vi')) ? `Thành phố ${name}` : `Tỉnh ${name}`;
}
