import type { Core } from '@strapi/strapi';

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface LockNotice {
  name: string;
  failures: number;
  address: string;
  lockedUntil: Date;
  adminUrl: string;
}

/** "14:05 ngày 06/12/2026" in Vietnam time (UTC+7, no daylight saving). */
export function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600 * 1000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The e-mail to an account's owner when their account is locked. Pure, so the words are tested. */
export function composeLockNotice(notice: LockNotice): { subject: string; text: string; html: string } {
  const paragraphs = [
    `Kính gửi ${notice.name},`,
    `Tài khoản quản trị trang thông tin điện tử của bạn đã bị tạm khóa đến ${vietnamTime(notice.lockedUntil)} sau ${notice.failures} lần đăng nhập sai mật khẩu liên tiếp (lần gần nhất từ địa chỉ ${notice.address}).`,
    'Nếu đó là bạn, hãy chờ hết thời gian khóa rồi đăng nhập lại, hoặc đề nghị quản trị tỉnh mở khóa.',
    'Nếu không phải bạn, có người đang dò mật khẩu của bạn: hãy báo ngay cho quản trị tỉnh, và sau khi đăng nhập được hãy đổi mật khẩu.',
    `Trang quản trị: ${notice.adminUrl}`,
  ];
  return {
    subject: 'Tài khoản của bạn đã bị tạm khóa do đăng nhập sai nhiều lần',
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n'),
  };
}

/** Whether the email plugin has an SMTP server to talk to (its nodemailer `host`). */
function smtpConfigured(strapi: Core.Strapi): boolean {
  const options = (strapi.config.get('plugin::email') as { providerOptions?: { host?: unknown } } | undefined)?.providerOptions;
  return typeof options?.host === 'string' && options.host.trim() !== '';
}

/**
 * Tells the owner of a just-locked account, in the background: a slow mail server must not delay
 * the answer (whose timing would then differ from any other failure), and a failure is logged.
 * Nothing is sent for an unknown address, a blocked account, or without SMTP_HOST.
 */
export function sendLockNotice(strapi: Core.Strapi, email: string, details: Omit<LockNotice, 'name' | 'adminUrl'>): void {
  void (async () => {
    const user = (await strapi.db
      .query('admin::user')
      .findOne({ where: { email }, select: ['id', 'firstname', 'lastname', 'email', 'isActive'] })) as {
      id: number;
      firstname: string | null;
      lastname: string | null;
      email: string | null;
      isActive: boolean | null;
    } | null;
    if (!user?.email || user.isActive !== true) return;
    strapi.log.warn(
      `[account-security] admin user #${user.id} locked after ${details.failures} failed sign-ins (last from ${details.address})`,
    );
    if (!smtpConfigured(strapi)) {
      strapi.log.info(`[account-security] SMTP_HOST is not set: the lock of admin user #${user.id} is not e-mailed.`);
      return;
    }
    const name = [user.lastname, user.firstname].filter(Boolean).join(' ').trim() || user.email; // Vietnamese order: family name first
    const adminUrl = String(strapi.config.get('admin.absoluteUrl', '/admin'));
    const mailer = strapi.plugin('email').service('email') as EmailService;
    await mailer.send({ to: user.email, ...composeLockNotice({ ...details, name, adminUrl }) });
  })().catch((error: unknown) => {
    strapi.log.error(`[account-security] the lock notice could not be sent: ${error instanceof Error ? error.message : String(error)}`);
  });
}
