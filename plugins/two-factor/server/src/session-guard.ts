/**
 * No admin token is usable without the second factor by anyone who has one or must have one.
 *
 * Sign-in is not the only way Strapi issues a session: accepting an invitation
 * (POST /admin/register), resetting a password by e-mail (POST /admin/reset-password) and the
 * first-admin registration each hand out a token. Rather than intercept each, this guard checks
 * every admin request that carries an admin access token: the session behind it must carry the
 * `twoFactor: 'verified'` mark (set only when a code was checked), else, for a user enrolled or
 * required, the session is ended and the request refused with 401 — the admin panel then goes
 * back to the sign-in page, where the code (or the enrolment) is asked.
 *
 * A global middleware, not a policy: policies are per route, and a route without one must not
 * be the hole. API tokens (the public site's) are not admin access tokens and pass untouched.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isRequired } from './domain/requirement';
import { sessionManagerOf, VERIFIED } from './services/sessions';
import type { StoreService } from './services/store';

export function sessionGuard(strapi: Core.Strapi) {
  const store = (): StoreService => strapi.plugin('two-factor').service('store') as StoreService;

  return async (ctx: Context, next: Next): Promise<void> => {
    const header = ctx.request.headers.authorization;
    const match = typeof header === 'string' ? /^bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1] || ctx.path.startsWith('/api/')) return next();
    const result = sessionManagerOf(strapi)('admin').validateAccessToken(match[1]);
    if (!result.isValid) return next(); // not an admin session token: Strapi decides
    const { sessionId, userId: rawUserId } = result.payload;
    if ((await store().sessionMark(sessionId)) === VERIFIED) return next();
    const userId = Number(rawUserId);
    const enrolled = (await store().factorOf(userId)) !== null;
    if (!enrolled && !isRequired(await store().roleCodesOf(userId), await store().requireAll())) return next();
    await store().deleteSession(sessionId);
    ctx.status = 401;
    ctx.body = {
      data: null,
      error: {
        status: 401,
        name: 'UnauthorizedError',
        message: 'Two-step sign-in required: sign in again',
        details: { code: 'TWO_FACTOR_REQUIRED' },
      },
    };
  };
}
