/**
 * Readable labels for the choices whose stored values are codes. The content manager names an
 * enumeration's option, and a list filter's, by the translation whose key is the value itself
 * (`formatMessage({ id: value, defaultMessage: value })`); the other enumerations already store
 * Vietnamese words. None of these keys is one of Strapi's own.
 */
export const CHOICE_LABELS: Record<string, string> = {
  // Tin bài: kind
  tin: 'Tin ngắn',
  bai: 'Bài viết',
  // Trang giới thiệu: section
  overview: 'Tổng quan',
  history: 'Lịch sử hình thành và phát triển',
  natural_conditions: 'Điều kiện tự nhiên',
  culture: 'Văn hóa, lễ hội và di tích',
  organisation: 'Cơ cấu tổ chức',
  boundary_map: 'Bản đồ địa giới hành chính',
  // Xã, phường: siteStatus
  active: 'Đang hoạt động',
  suspended: 'Tạm ngừng',
  // Thành viên xã: boardRole (as BOARD_ROLE_LABELS in plugins/commune-tenancy/shared)
  head: 'Trưởng ban biên tập',
  deputy: 'Phó trưởng ban biên tập',
  member: 'Ủy viên ban biên tập',
  contributor: 'Cộng tác viên',
  // Yes/no switches (e.g. "Tin nổi bật"): Strapi's Vietnamese reads "Đúng / Sai".
  'app.components.ToggleCheckbox.on-label': 'Có',
  'app.components.ToggleCheckbox.off-label': 'Không',
};
