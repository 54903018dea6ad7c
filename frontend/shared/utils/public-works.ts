/**
 * The plan, investment and bidding sections' fixed vocabularies (the CMS enumerations), their
 * address codes (`?loai=ke-hoach`, also the public API's `kind=`), and the Vietnamese way of
 * writing their money and periods.
 */
import { formatAmount } from './money';
import type { NoticeKind, ProjectStatus } from '../types/investment';
import type { PlanKind, PlanStatus } from '../types/plan';

export const PLAN_KINDS: Readonly<Record<string, PlanKind>> = {
  'chien-luoc': 'Chiến lược',
  'chuong-trinh': 'Chương trình',
  'quy-hoach': 'Quy hoạch',
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh-cong-tac-nam': 'Chương trình công tác năm',
};

export const PLAN_STATUSES: Readonly<Record<string, PlanStatus>> = {
  'dang-xay-dung': 'Đang xây dựng',
  'da-phe-duyet': 'Đã phê duyệt',
  'dang-thuc-hien': 'Đang thực hiện',
  'da-hoan-thanh': 'Đã hoàn thành',
};

export const PROJECT_STATUSES: Readonly<Record<string, ProjectStatus>> = {
  'chuan-bi-dau-tu': 'Chuẩn bị đầu tư',
  'dang-thuc-hien': 'Đang thực hiện',
  'tam-dung': 'Tạm dừng',
  'da-hoan-thanh': 'Đã hoàn thành',
};

export const NOTICE_KINDS: Readonly<Record<string, NoticeKind>> = {
  'ke-hoach-lua-chon-nha-thau': 'Kế hoạch lựa chọn nhà thầu',
  'thong-bao-moi-thau': 'Thông báo mời thầu',
  'ket-qua-lua-chon-nha-thau': 'Kết quả lựa chọn nhà thầu',
  'mua-sam-cong': 'Mua sắm công',
};

/** The address code of a value (`Kế hoạch` → `ke-hoach`), or '' when it has none. */
export function codeOf(codes: Readonly<Record<string, string>>, value: string): string {
  return Object.entries(codes).find(([, label]) => label === value)?.[0] ?? '';
}

/** The value of an address code, or null for an unknown code. */
export function valueOfCode<T extends string>(codes: Readonly<Record<string, T>>, code: string): T | null {
  return Object.hasOwn(codes, code) ? (codes[code] ?? null) : null;
}

/** `'1234567000'` → `1.234.567.000 đồng`; '' for a missing or malformed amount. */
export function formatDong(amount: string | null | undefined): string {
  const value = amount?.trim() ?? '';
  return /^\d{1,30}$/.test(value) ? `${formatAmount(value)} đồng` : '';
}

/** `2021, 2025` → `2021–2025`; `2026, 2026` or `2026, null` → `2026`. */
export function formatPeriod(start: number, end: number | null): string {
  return end !== null && end !== start ? `${start}–${end}` : String(start);
}
