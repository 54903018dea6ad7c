/**
 * The audit trail's actions: a stable code (stored in each row, filtered on, never renamed), the
 * class it belongs to and the Vietnamese label the admin page and the export show. The server
 * derives a request's action from the handler of the route Strapi matched
 * (server/src/recording/actions.ts); a route this table does not know is still recorded, under a
 * code built from its plugin and handler (see `fallbackAction`), so routes added later by other
 * plugins (two-step sign-in, account unlock) are in the trail without a change here.
 */

export const AUDIT_CATEGORIES = [
  'content',
  'media',
  'accounts',
  'memberships',
  'communes',
  'tokens',
  'sign-in',
  'second-factor',
  'settings',
  'exports',
  'backups',
  'other',
] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<AuditCategory, string> = {
  content: 'Nội dung',
  media: 'Thư viện tệp',
  accounts: 'Tài khoản, vai trò và quyền',
  memberships: 'Thành viên và lời mời',
  communes: 'Xã, phường và tên miền',
  tokens: 'Khóa API',
  'sign-in': 'Đăng nhập',
  'second-factor': 'Xác thực hai bước',
  settings: 'Cài đặt',
  exports: 'Xuất dữ liệu',
  backups: 'Sao lưu',
  other: 'Thao tác khác',
};

export interface ActionDefinition {
  category: AuditCategory;
  label: string;
}

/** Every known action code, with its class and label. */
export const AUDIT_ACTIONS = {
  'content.create': { category: 'content', label: 'Tạo nội dung' },
  'content.update': { category: 'content', label: 'Sửa nội dung' },
  'content.delete': { category: 'content', label: 'Xóa nội dung' },
  'content.delete-many': { category: 'content', label: 'Xóa nhiều nội dung' },
  'content.publish': { category: 'content', label: 'Đăng nội dung' },
  'content.publish-many': { category: 'content', label: 'Đăng nhiều nội dung' },
  'content.unpublish': { category: 'content', label: 'Gỡ nội dung khỏi trang' },
  'content.unpublish-many': { category: 'content', label: 'Gỡ nhiều nội dung khỏi trang' },
  'content.discard-draft': { category: 'content', label: 'Bỏ bản nháp' },
  'content.clone': { category: 'content', label: 'Nhân bản nội dung' },
  'content.board-step': { category: 'content', label: 'Chuyển bước trong Ban biên tập' },
  'content.board-received': { category: 'content', label: 'Ghi nhận tin, bài nhận từ bên ngoài' },
  'content.citizen-assign': { category: 'content', label: 'Phân công trả lời câu hỏi của người dân' },
  'content.citizen-answer': { category: 'content', label: 'Soạn trả lời câu hỏi của người dân' },
  'content.citizen-reject': { category: 'content', label: 'Từ chối câu hỏi của người dân' },
  'content.comment-approve': { category: 'content', label: 'Duyệt ý kiến góp ý dự thảo' },
  'content.comment-reject': { category: 'content', label: 'Từ chối ý kiến góp ý dự thảo' },
  'media.upload': { category: 'media', label: 'Tải tệp lên' },
  'media.replace': { category: 'media', label: 'Thay tệp' },
  'media.update': { category: 'media', label: 'Sửa thông tin tệp' },
  'media.update-many': { category: 'media', label: 'Sửa thông tin nhiều tệp' },
  'media.delete': { category: 'media', label: 'Xóa tệp' },
  'media.delete-many': { category: 'media', label: 'Xóa nhiều tệp, thư mục' },
  'media.move': { category: 'media', label: 'Di chuyển tệp, thư mục' },
  'media.folder-create': { category: 'media', label: 'Tạo thư mục' },
  'media.folder-update': { category: 'media', label: 'Sửa thư mục' },
  'media.upload-from-url': { category: 'media', label: 'Tải tệp từ địa chỉ web' },
  'accounts.user-create': { category: 'accounts', label: 'Tạo tài khoản' },
  'accounts.user-update': { category: 'accounts', label: 'Sửa tài khoản' },
  'accounts.user-delete': { category: 'accounts', label: 'Xóa tài khoản' },
  'accounts.user-delete-many': { category: 'accounts', label: 'Xóa nhiều tài khoản' },
  'accounts.own-profile': { category: 'accounts', label: 'Sửa thông tin cá nhân' },
  'accounts.role-create': { category: 'accounts', label: 'Tạo vai trò' },
  'accounts.role-update': { category: 'accounts', label: 'Sửa vai trò' },
  'accounts.role-permissions': { category: 'accounts', label: 'Đổi quyền của vai trò' },
  'accounts.role-delete': { category: 'accounts', label: 'Xóa vai trò' },
  'accounts.select-commune': { category: 'accounts', label: 'Chọn xã làm việc' },
  'memberships.save': { category: 'memberships', label: 'Gán hoặc sửa thành viên xã' },
  'memberships.reset': { category: 'memberships', label: 'Cấp lại liên kết đặt mật khẩu' },
  'memberships.remove': { category: 'memberships', label: 'Gỡ thành viên khỏi xã' },
  'memberships.invite': { category: 'memberships', label: 'Mời thành viên' },
  'communes.create': { category: 'communes', label: 'Tạo xã, phường' },
  'communes.update': { category: 'communes', label: 'Sửa thông tin, tên miền của xã' },
  'communes.delete': { category: 'communes', label: 'Xóa xã, phường' },
  'communes.suspend': { category: 'communes', label: 'Tạm ngừng trang của xã' },
  'communes.resume': { category: 'communes', label: 'Mở lại trang của xã' },
  'tokens.api-create': { category: 'tokens', label: 'Tạo khóa API' },
  'tokens.api-update': { category: 'tokens', label: 'Sửa khóa API' },
  'tokens.api-regenerate': { category: 'tokens', label: 'Cấp lại khóa API' },
  'tokens.api-revoke': { category: 'tokens', label: 'Xóa khóa API' },
  'tokens.admin-create': { category: 'tokens', label: 'Tạo khóa quản trị' },
  'tokens.admin-update': { category: 'tokens', label: 'Sửa khóa quản trị' },
  'tokens.admin-regenerate': { category: 'tokens', label: 'Cấp lại khóa quản trị' },
  'tokens.admin-revoke': { category: 'tokens', label: 'Xóa khóa quản trị' },
  'tokens.transfer-create': { category: 'tokens', label: 'Tạo khóa chuyển dữ liệu' },
  'tokens.transfer-update': { category: 'tokens', label: 'Sửa khóa chuyển dữ liệu' },
  'tokens.transfer-regenerate': { category: 'tokens', label: 'Cấp lại khóa chuyển dữ liệu' },
  'tokens.transfer-revoke': { category: 'tokens', label: 'Xóa khóa chuyển dữ liệu' },
  'sign-in.login': { category: 'sign-in', label: 'Đăng nhập' },
  'sign-in.locked': { category: 'sign-in', label: 'Đăng nhập bị chặn tạm thời (sai nhiều lần)' },
  'sign-in.lock': { category: 'sign-in', label: 'Tài khoản bị khóa do nhập sai mật khẩu nhiều lần' },
  'sign-in.unlock': { category: 'sign-in', label: 'Mở khóa tài khoản' },
  'sign-in.password-accepted': { category: 'sign-in', label: 'Mật khẩu đúng, chờ mã đăng nhập hai bước' },
  'sign-in.second-step': { category: 'sign-in', label: 'Đăng nhập bằng mã đăng nhập hai bước' },
  'sign-in.confirm-password': { category: 'sign-in', label: 'Xác nhận lại mật khẩu' },
  'sign-in.logout': { category: 'sign-in', label: 'Đăng xuất' },
  'sign-in.register': { category: 'sign-in', label: 'Kích hoạt tài khoản' },
  'sign-in.register-admin': { category: 'sign-in', label: 'Tạo quản trị đầu tiên' },
  'sign-in.forgot-password': { category: 'sign-in', label: 'Yêu cầu đặt lại mật khẩu' },
  'sign-in.reset-password': { category: 'sign-in', label: 'Đặt lại mật khẩu' },
  'sign-in.end-sessions': { category: 'sign-in', label: 'Đăng xuất khỏi các phiên' },
  'second-factor.enrol-start': { category: 'second-factor', label: 'Bắt đầu cài đăng nhập hai bước' },
  'second-factor.enrol': { category: 'second-factor', label: 'Cài đăng nhập hai bước' },
  'second-factor.recovery-codes': { category: 'second-factor', label: 'Tạo lại mã khôi phục' },
  'second-factor.disable': { category: 'second-factor', label: 'Tắt đăng nhập hai bước' },
  'second-factor.reset': { category: 'second-factor', label: 'Đặt lại đăng nhập hai bước của người dùng' },
  'second-factor.policy': { category: 'second-factor', label: 'Đổi quy định đăng nhập hai bước' },
  'settings.content-view': { category: 'settings', label: 'Sửa cách hiển thị loại nội dung' },
  'settings.media': { category: 'settings', label: 'Sửa cài đặt thư viện tệp' },
  'settings.project': { category: 'settings', label: 'Sửa cài đặt chung' },
  'settings.locale': { category: 'settings', label: 'Sửa ngôn ngữ' },
  'settings.webhook': { category: 'settings', label: 'Sửa webhook' },
  'exports.board-report': { category: 'exports', label: 'Xuất báo cáo Ban biên tập' },
  'exports.audit-trail': { category: 'exports', label: 'Xuất nhật ký hoạt động' },
  // Backups have no route yet: the backup command records these through the trail service's
  // `append` (see README, "Audit trail") when it exists.
  'backups.create': { category: 'backups', label: 'Sao lưu dữ liệu' },
  'backups.restore': { category: 'backups', label: 'Khôi phục dữ liệu' },
} as const satisfies Record<string, ActionDefinition>;

export type KnownActionCode = keyof typeof AUDIT_ACTIONS;

/** Plugins whose routes belong to one class even when their handlers are not in the table. */
const PLUGIN_CATEGORIES: Record<string, AuditCategory> = {
  'two-factor': 'second-factor',
  'account-security': 'sign-in',
  upload: 'media',
  'content-manager': 'content',
  'commune-tenancy': 'memberships',
  i18n: 'settings',
};

/**
 * Words in a route's path or handler that tell its class when its plugin does not: two-step
 * sign-in and account locks may be added as admin routes (`/admin/two-factor/…`) rather than as a
 * plugin of their own.
 */
const HINTS: Array<[RegExp, AuditCategory]> = [
  [/two-factor|two_factor|totp|mfa|2fa|otp/i, 'second-factor'],
  [/unlock|lockout|\block\b|session|password|login|logout/i, 'sign-in'],
  [/backup|restore/i, 'backups'],
  [/export/i, 'exports'],
];

/** The action of a route the table does not know: code `<plugin>.<handler>`, a generic label. */
export function fallbackAction(pluginName: string, handler: string, path = ''): { code: string } & ActionDefinition {
  const hinted = HINTS.find(([pattern]) => pattern.test(`${path} ${handler}`))?.[1];
  return {
    code: `${pluginName}.${handler}`,
    category: PLUGIN_CATEGORIES[pluginName] ?? hinted ?? 'other',
    label: `Thao tác quản trị (${pluginName}: ${handler})`,
  };
}

/** The label of a stored code: the table's, or the generic one of a fallback code. */
export function actionLabel(code: string): string {
  if (code in AUDIT_ACTIONS) return AUDIT_ACTIONS[code as KnownActionCode].label;
  const dot = code.indexOf('.');
  return dot === -1 ? code : fallbackAction(code.slice(0, dot), code.slice(dot + 1)).label;
}
