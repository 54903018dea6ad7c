/**
 * The plugin's Vietnamese text. The sign-in step is drawn outside Strapi's React tree (see
 * login-interceptor.ts), where react-intl is not available, so the text lives here, in one place,
 * written for people with no IT training: what to do, in order, in plain words.
 */
import type { TwoFactorErrorCode } from '../../shared';

export const vi = {
  title: 'Đăng nhập hai bước',
  verifyIntro:
    'Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…) và nhập mã 6 chữ số đang hiện cho tài khoản này.',
  codeLabel: 'Mã xác thực gồm 6 chữ số',
  recoveryLabel: 'Mã khôi phục',
  useRecovery: 'Không có điện thoại? Dùng mã khôi phục',
  useApp: 'Dùng mã trên điện thoại',
  confirm: 'Xác nhận',
  cancel: 'Hủy, đăng nhập lại',
  enrolIntro: 'Tài khoản này cần đăng nhập hai bước. Làm theo 3 bước, chỉ mất khoảng một phút:',
  enrolStep1: '1. Cài một ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator hoặc Microsoft Authenticator).',
  enrolStep2: '2. Trong ứng dụng, chọn thêm tài khoản và quét mã QR dưới đây.',
  enrolManual: 'Không quét được? Nhập khóa này vào ứng dụng:',
  enrolStep3: '3. Nhập mã 6 chữ số ứng dụng hiện ra để xác nhận.',
  qrAlt: 'Mã QR để thêm tài khoản vào ứng dụng xác thực',
  codesTitle: 'Mã khôi phục của bạn',
  codesIntro: 'Mỗi mã dùng được một lần, khi bạn không có điện thoại. Hãy in ra hoặc chép vào nơi an toàn: mã chỉ hiện lần này.',
  codesSaved: 'Tôi đã lưu các mã khôi phục',
  codesCopy: 'Sao chép các mã',
  continue: 'Vào trang quản trị',
  loading: 'Đang tải…',
  expiresHint: 'Mã xác nhận này hết hạn sau 5 phút.',
} as const;

const ERRORS: Record<TwoFactorErrorCode, string> = {
  CHALLENGE_INVALID: 'Phiên đăng nhập này không còn dùng được. Vui lòng đăng nhập lại.',
  CHALLENGE_EXPIRED: 'Đã quá 5 phút. Vui lòng đăng nhập lại.',
  TOO_MANY_ATTEMPTS: 'Bạn đã nhập sai quá nhiều lần. Vui lòng đăng nhập lại.',
  CODE_INVALID: 'Mã không đúng. Hãy nhập mã đang hiện trên ứng dụng (hoặc một mã khôi phục chưa dùng).',
  CODE_REUSED: 'Mã này vừa được dùng. Hãy đợi mã mới hiện trên ứng dụng rồi nhập lại.',
  PASSWORD_INVALID: 'Mật khẩu không đúng.',
  NOT_ENROLLED: 'Tài khoản chưa bật đăng nhập hai bước.',
  ALREADY_ENROLLED: 'Tài khoản đã bật đăng nhập hai bước.',
  REQUIRED: 'Tài khoản của bạn bắt buộc đăng nhập hai bước nên không thể tắt.',
  TWO_FACTOR_REQUIRED: 'Vui lòng đăng nhập lại với mã xác thực.',
};

export const GENERIC_ERROR = 'Đã có lỗi, vui lòng thử lại.';

/** The Vietnamese sentence for a server refusal. */
export function errorText(code: string | undefined): string {
  return code !== undefined && code in ERRORS ? ERRORS[code as TwoFactorErrorCode] : GENERIC_ERROR;
}
