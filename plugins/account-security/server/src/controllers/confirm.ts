import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../../../shared';
import type { ConfirmationsService } from '../reauth/confirmations';
import { normaliseEmail } from '../throttle/normalise-email';
import { refusalMessage } from '../throttle/login-guard';
import type { ThrottleStore } from '../throttle/store';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface AuthService {
  validatePassword(password: string, hash: string): Promise<boolean>;
}

/**
 * POST /account-security/confirm-password — `{ password }`: the signed-in person confirms their
 * password before a sensitive action. Counted by the same throttle as signing in (the account
 * and the address), so a stolen session cannot guess the password any faster than a stranger.
 */
const confirm = ({ strapi }: { strapi: Core.Strapi }) => ({
  async confirm(ctx: Context): Promise<void> {
    const body: unknown = ctx.request.body;
    const password = typeof body === 'object' && body !== null && 'password' in body ? body.password : undefined;
    if (typeof password !== 'string' || password === '') throw new errors.ValidationError(MESSAGES.confirmationMissing);
    const user = ctx.state.user as { id: number; email: string; password: string } | undefined;
    const sessionId = (ctx.state.session as { id?: string } | undefined)?.id;
    const confirmations = strapi.plugin('account-security').service('confirmations') as ConfirmationsService;
    const deviceId = typeof sessionId === 'string' ? await confirmations.deviceOf(sessionId) : null;
    if (!user || deviceId === null) throw new errors.UnauthorizedError();
    const store = strapi.plugin('account-security').service('throttle') as ThrottleStore;
    const email = normaliseEmail(user.email);
    const admission = await store.admit(email, ctx.request.ip);
    if (!admission.admitted) {
      ctx.set('Retry-After', String(admission.retryAfterSeconds));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: refusalMessage(admission),
          details: { retryAfterSeconds: admission.retryAfterSeconds },
        },
      };
      return;
    }
    const auth = strapi.service('admin::auth') as unknown as AuthService;
    if (!(await auth.validatePassword(password, user.password))) throw new errors.ValidationError(MESSAGES.confirmationWrong);
    await store.succeed(email, ctx.request.ip);
    await confirmations.record(user.id, deviceId);
    ctx.body = { data: { confirmed: true } };
  },
});

export default confirm;
