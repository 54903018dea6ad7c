import type { Core } from '@strapi/strapi';
import { noteAuditFacts } from '@commune/audit-trail/shared';
import { ERROR_NAMES, MESSAGES } from '../../../shared';
import { randomUUID } from 'node:crypto';
import type { AccountSecurityConfig } from '../config';
import type { ConfirmationsService } from '../reauth/confirmations';
import { VERDICT_KEY, type CredentialVerdict } from './credential-check';
import { sendLockNotice } from './lock-notice';
import { normaliseEmail } from './normalise-email';
import type { LoginAdmission, ThrottleStore } from './store';

type Context = Parameters<Core.MiddlewareHandler>[0];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function refusalMessage(refusal: Extract<LoginAdmission, { admitted: false }>): string {
  if (refusal.scope === 'address') return MESSAGES.addressBlocked(refusal.retryAfterSeconds);
  return refusal.reason === 'locked'
    ? MESSAGES.accountLocked(refusal.retryAfterSeconds)
    : MESSAGES.accountDelayed(refusal.retryAfterSeconds);
}

/**
 * Route middleware of POST /admin/login, in place of Strapi's in-memory limiter (turned off in
 * config/admin.ts). Before the password is checked: the attempt is admitted, and counted as a
 * failure, or refused with 429 and Retry-After — whatever the password, so during a delay or a
 * lock the right password reveals nothing. After: the credential check's verdict (never the
 * answer's status or body, which a second sign-in step changes) takes the failure back when the
 * password was right; a wrong one that starts a lock e-mails the owner.
 */
const loginGuard = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.plugin('account-security').service('throttle') as ThrottleStore;

  return async (ctx: Context, next: () => Promise<unknown>) => {
    const body: unknown = ctx.request.body;
    if (
      !isRecord(body) ||
      typeof body.email !== 'string' ||
      typeof body.password !== 'string' ||
      body.email.trim() === '' ||
      body.password === ''
    ) {
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: MESSAGES.badLoginInput, details: {} } };
      return;
    }
    // No "remember me": every admin session ends with the browser, within the session limits.
    body.rememberMe = false;
    // The device id Strapi files the new session under, known here so that the sign-in can count
    // as a fresh password confirmation for that device (reauth-guard.ts).
    const deviceId =
      typeof body.deviceId === 'string' && body.deviceId !== '' && body.deviceId.length <= 200 ? body.deviceId : randomUUID();
    body.deviceId = deviceId;
    const email = normaliseEmail(body.email);
    const address = ctx.request.ip;
    const admission = await store().admit(email, address);
    if (!admission.admitted) {
      strapi.log.info(
        `[account-security] sign-in refused (${admission.scope} ${admission.reason}, ${admission.retryAfterSeconds} s left) from ${address}`,
      );
      ctx.set('Retry-After', String(admission.retryAfterSeconds));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: ERROR_NAMES.throttled,
          message: refusalMessage(admission),
          details: { retryAfterSeconds: admission.retryAfterSeconds },
        },
      };
      return;
    }
    try {
      await next();
    } finally {
      // The verdict of our credential check decides. Should another extension ever replace that
      // check, the status decides instead (2xx: the password was right, whatever the body says),
      // so that successes are never counted as failures.
      const verdict = (ctx.state[VERDICT_KEY] as CredentialVerdict | undefined) ?? {
        passwordRight: ctx.status >= 200 && ctx.status < 300,
        userId: null,
      };
      if (verdict.passwordRight) {
        // The account a right password names, for the audit trail's row of this step (the session
        // may come only with the second step's code).
        if (verdict.userId !== null) noteAuditFacts(ctx.state, { subjectUserId: verdict.userId });
        await store().succeed(email, address);
        if (verdict.userId !== null)
          await (strapi.plugin('account-security').service('confirmations') as ConfirmationsService).record(verdict.userId, deviceId);
      } else if (admission.locksIfWrong) {
        // The audit trail records this failure as the lock itself.
        noteAuditFacts(ctx.state, { accountLocked: true });
        const rule = (strapi.config.get('plugin::account-security') as AccountSecurityConfig).account;
        sendLockNotice(strapi, email, { failures: rule.lockAfter, address, lockedUntil: new Date(Date.now() + rule.lockSeconds * 1000) });
      }
    }
  };
};

export default loginGuard;
