/**
 * A file of the media library that published content uses is on the public site: replacing it,
 * renaming it (an attachment's name is its link text) or deleting it changes the site at once,
 * without the board. Who may, and what the others read. Pure, for unit tests.
 */
import { SITE_GOVERNANCE, type Governance, type SiteType } from '@commune/commune-tenancy/shared';

/** One published row that uses the file. */
export interface LiveUse {
  uid: SiteType;
  /** The row's title, number or name, when it has one. */
  label: string | null;
}

/** How many uses a refusal names before "and N more". */
export const NAMED_USES = 3;

/**
 * The strictest kind among the uses: a file the commune record shows (its logo) is province
 * IT's; any other live file is the head's and the commune admin's, as the types without a draft
 * are. The board's own types count as the head's: the head is who approved them.
 */
export function liveFileGovernance(uses: readonly LiveUse[]): Exclude<Governance, 'board'> {
  return uses.some((use) => SITE_GOVERNANCE[use.uid].governance === 'province') ? 'province' : 'head-and-admin';
}

const useText = (use: LiveUse): string => {
  const { label } = SITE_GOVERNANCE[use.uid];
  return use.label ? `${label} “${use.label}”` : label;
};

/** What an editor reads when they may not replace, rename or delete a file on the site. */
export function liveFileRefusal(fileName: string, uses: readonly LiveUse[]): string {
  const named = [...new Set(uses.map(useText))];
  const more = named.length - NAMED_USES;
  const where = named.slice(0, NAMED_USES).join('; ') + (more > 0 ? ` và ${more} nội dung khác` : '');
  const who = liveFileGovernance(uses) === 'province' ? 'cán bộ quản trị của tỉnh' : 'Trưởng ban biên tập hoặc Quản trị xã';
  return (
    `Tệp “${fileName}” đang hiển thị trên trang của xã (${where}). ` +
    `Chỉ ${who} được thay thế, đổi tên, sửa mô tả hoặc xóa tệp này; thay đổi của bạn chưa được lưu. ` +
    'Muốn dùng tệp khác, hãy tải tệp mới lên, chọn tệp đó trong nội dung rồi gửi Ban biên tập duyệt.'
  );
}
