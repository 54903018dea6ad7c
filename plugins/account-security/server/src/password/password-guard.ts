import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { commonPasswords } from './common-passwords';
import { checkPassword, PASSWORD_MESSAGES, type PersonalInfo } from './policy';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface StoredUser {
  id: number;
  email: string | null;
  firstname: string | null;
  lastname: string | null;
}

interface SessionManager {
  (origin: 'admin'): { invalidateRefreshToken(userId: string): Promise<void> };
}

/** The admin routes that set a password, and where each finds the password and its owner. */
export type PasswordRoute = 'register' | 'register-admin' | 'reset-password' | 'update-me' | 'update-user';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Route middleware: refuses a new password that breaks the policy (policy.ts) with a 400 and a
 * Vietnamese message on the password field, before Strapi's controller runs — so nothing is
 * written and, for PUT /admin/users/me, the sessions Strapi ends on a password change are not
 * ended for a refused one. Strapi's own checks (8 characters, a capital, a digit) still apply.
 *
 * After province IT sets someone else's password (PUT /admin/users/:id), that person's sessions
 * are ended too: Strapi does so for one's own change and for a reset, not for this one.
 */
const passwordGuard = (config: { route: PasswordRoute }, { strapi }: { strapi: Core.Strapi }) => {
  const users = strapi.db.query('admin::user');
  const findUser = async (where: Record<string, unknown>): Promise<StoredUser | null> =>
    (await users.findOne({ where, select: ['id', 'email', 'firstname', 'lastname'] })) as StoredUser | null;

  /** The new password and the person it is for, or null when the request sets no password. */
  async function passwordAndPerson(ctx: Context): Promise<{ password: string; person: PersonalInfo; field: string[] } | null> {
    const body: unknown = ctx.request.body;
    if (!isRecord(body)) return null;
    switch (config.route) {
      case 'register': {
        const info = isRecord(body.userInfo) ? body.userInfo : {};
        const password = text(info.password);
        if (password === null) return null;
        const token = text(body.registrationToken);
        const stored = token ? await findUser({ registrationToken: token }) : null;
        return {
          password,
          field: ['userInfo', 'password'],
          person: {
            email: stored?.email,
            firstname: text(info.firstname) ?? stored?.firstname,
            lastname: text(info.lastname) ?? stored?.lastname,
          },
        };
      }
      case 'register-admin': {
        const password = text(body.password);
        return password === null
          ? null
          : {
              password,
              field: ['password'],
              person: { email: text(body.email), firstname: text(body.firstname), lastname: text(body.lastname) },
            };
      }
      case 'reset-password': {
        const password = text(body.password);
        const token = text(body.resetPasswordToken);
        if (password === null) return null;
        const stored = token ? await findUser({ resetPasswordToken: token }) : null;
        return { password, field: ['password'], person: stored ?? {} };
      }
      case 'update-me':
      case 'update-user': {
        const password = text(body.password);
        if (password === null) return null;
        const id = config.route === 'update-me' ? (ctx.state.user as StoredUser | undefined)?.id : Number(ctx.params.id);
        const stored = typeof id === 'number' && Number.isInteger(id) ? await findUser({ id }) : null;
        return {
          password,
          field: ['password'],
          person: {
            email: text(body.email) ?? stored?.email,
            firstname: text(body.firstname) ?? stored?.firstname,
            lastname: text(body.lastname) ?? stored?.lastname,
          },
        };
      }
    }
  }

  return async (ctx: Context, next: () => Promise<unknown>) => {
    const request = await passwordAndPerson(ctx);
    if (request) {
      const problem = checkPassword(request.password, request.person, commonPasswords());
      if (problem) {
        const message = PASSWORD_MESSAGES[problem];
        throw new errors.ValidationError(message, { errors: [{ path: request.field, message, name: 'ValidationError', value: null }] });
      }
    }
    await next();
    if (request && config.route === 'update-user' && ctx.status === 200) {
      const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
      await manager?.('admin').invalidateRefreshToken(String(ctx.params.id));
    }
  };
};

export default passwordGuard;
