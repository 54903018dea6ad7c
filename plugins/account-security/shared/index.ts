/**
 * The account-security plugin's API, shared by the Strapi plugin, the admin panel and tests.
 * Runtime-dependency-free.
 */

/** One locked admin account, as province IT's user management page lists it. */
export interface LockedAccount {
  userId: number;
  email: string;
  name: string;
  /** Failed sign-ins counted against the account when it was locked. */
  failures: number;
  /** ISO dates. */
  lockedAt: string;
  lockedUntil: string;
}

/** `GET /account-security/locks` */
export interface LockedAccountsAnswer {
  data: LockedAccount[];
}

/** `DELETE /account-security/locks/:id` (id: the admin user's id) */
export interface UnlockAnswer {
  data: { userId: number; unlocked: boolean };
}

/**
 * Error names the admin panel and tests tell apart. Strapi's own `RateLimitError` is a 429 too;
 * ours carry a Retry-After header and a Vietnamese message.
 */
export const ERROR_NAMES = {
  /** 429: an account or an address is inside a delay window or locked. */
  throttled: 'RateLimitError',
  /** 400: the new password breaks the password policy. */
  weakPassword: 'ValidationError',
  /** 403: a sensitive action needs the password confirmed again (POST /account-security/confirm-password). */
  confirmationRequired: 'PasswordConfirmationRequired',
} as const;

/** `POST /account-security/confirm-password` */
export interface ConfirmPasswordRequest {
  password: string;
}

/** What the admin panel shows (the login page shows the message of the answer as it is). */
export const MESSAGES = {
  wrongCredentials: 'E-mail hoặc mật khẩu không đúng.',
  accountDelayed: (seconds: number): string => `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${describeSeconds(seconds)}.`,
  accountLocked: (seconds: number): string =>
    `Tài khoản tạm thời bị khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${describeSeconds(seconds)} hoặc liên hệ quản trị tỉnh để mở khóa.`,
  addressBlocked: (seconds: number): string =>
    `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau ${describeSeconds(seconds)}.`,
  badLoginInput: 'Vui lòng nhập e-mail và mật khẩu.',
  unlockUnknownUser: 'Không tìm thấy tài khoản.',
  confirmationRequired: 'Thao tác này cần xác nhận lại mật khẩu. Vui lòng nhập mật khẩu của bạn.',
  confirmationMissing: 'Vui lòng nhập mật khẩu.',
  confirmationWrong: 'Mật khẩu không đúng.',
} as const;

/** "45 giây", "3 phút", "2 giờ 5 phút": how long to wait, rounded up to what a person reads. */
export function describeSeconds(total: number): string {
  const seconds = Math.max(1, Math.ceil(total));
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} giờ` : `${hours} giờ ${rest} phút`;
}
