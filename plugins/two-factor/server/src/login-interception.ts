/**
 * The second step of sign-in, hooked into Strapi's own POST /admin/login.
 *
 * Strapi's login controller is one composed function (validate → passport → issue a session),
 * so there is no seam between the password check and the session. We extend the controller
 * through the controllers registry (`strapi.get('controllers').extend`, Strapi's supported way
 * to extend a controller) rather than adding a global middleware: the route keeps its own
 * middlewares (Strapi's `admin::rateLimit`, and any throttling added in front of it), which run
 * before us exactly as before.
 *
 * When the password is right for a user who has, or must have, a second factor, we answer with
 * a single-use challenge and no session: no token, no refresh cookie. Everything else (wrong
 * password, inactive account, users without a second factor) goes through Strapi's login
 * unchanged, so its errors and events stay exactly Strapi's.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { LoginChallengeResponse } from '../../shared';
import type { TwoFactorService } from './services/two-factor';

type Handler = (ctx: Context, next: Next) => Promise<unknown>;

interface AuthService {
  checkCredentials(input: { email: string; password: string }): Promise<[unknown, { id: number; email?: string } | false | null, unknown?]>;
}

export function interceptLogin(strapi: Core.Strapi): void {
  const registry = strapi.get('controllers') as {
    extend(uid: string, extend: (controller: Record<string, unknown>) => Record<string, unknown>): void;
  };
  registry.extend('admin::authentication', (controller) => {
    const strapiLogin = controller.login as Handler;
    const login: Handler = async (ctx, next) => {
      const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
      const { email, password } = body;
      if (typeof email !== 'string' || typeof password !== 'string' || email.length > 320 || password.length > 1000)
        return strapiLogin(ctx, next);
      const auth = strapi.service('admin::auth') as unknown as AuthService;
      // checkCredentials throws for a blocked account: let Strapi's login give its own answer.
      const [, user] = await auth.checkCredentials({ email: email.toLowerCase(), password }).catch((): [null, false] => [null, false]);
      if (!user) return strapiLogin(ctx, next);
      const challenge = await (strapi.plugin('two-factor').service('two-factor') as TwoFactorService).challengeFor(user, body);
      if (!challenge) return strapiLogin(ctx, next);
      const answer: LoginChallengeResponse = { data: { twoFactor: challenge } };
      ctx.body = answer;
      return undefined;
    };
    return { ...controller, login };
  });
}
