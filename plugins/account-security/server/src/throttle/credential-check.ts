import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { MESSAGES } from '../../../shared';

/** What Strapi's local strategy expects back: [error, user or false, info]. */
type CredentialAnswer = [null, false, { message: string }] | [null, Record<string, unknown>];

interface AuthService {
  checkCredentials(input: { email: string; password: string }): Promise<CredentialAnswer>;
  validatePassword(password: string, hash: string): Promise<boolean>;
  hashPassword(password: string): Promise<string>;
}

interface StoredUser {
  id: number;
  password: string | null;
  isActive: boolean | null;
}

/** Where the check leaves its verdict for the login guard (login-guard.ts) of the same request. */
export interface CredentialVerdict {
  passwordRight: boolean;
  userId: number | null;
}

export const VERDICT_KEY = 'accountSecurityVerdict';

interface RequestState {
  state?: Record<string, unknown>;
}

/**
 * Replaces Strapi's `admin::auth.checkCredentials` (called by the local passport strategy of
 * POST /admin/login) with one that:
 *
 * - takes as long for an unknown e-mail as for a known one: Strapi answered an unknown address
 *   in ~3 ms and a known one in ~74 ms (one bcrypt compare), which told anyone which accounts
 *   exist. An unknown address (or an invited account without a password) is compared against a
 *   dummy hash made with Strapi's own hashing, so it costs the same;
 * - answers a blocked account (isActive false) exactly like a wrong password: Strapi said "User
 *   not active" only when the password was right, an oracle for the password of a blocked account;
 * - leaves its verdict (password right or not) on the request, so the throttle counts the
 *   credential check itself and not the shape of the success answer, which a second sign-in
 *   step may change;
 * - speaks Vietnamese: the login page shows the message as it comes;
 * - answers once per request: the two-step sign-in (plugins/two-factor) checks the password
 *   before Strapi's login does, and a second bcrypt compare would double the cost of every
 *   sign-in (about 75 ms of CPU).
 */
export async function installCredentialCheck(strapi: Core.Strapi): Promise<void> {
  const auth = strapi.service('admin::auth') as unknown as AuthService;
  const dummyHash = await auth.hashPassword(randomBytes(18).toString('base64url'));
  const wrong: CredentialAnswer = [null, false, { message: MESSAGES.wrongCredentials }];

  const answered = new WeakMap<object, { key: string; answer: Promise<CredentialAnswer> }>();

  const check = async (email: string, password: string): Promise<CredentialAnswer> => {
    const user = (await strapi.db.query('admin::user').findOne({ where: { email } })) as (StoredUser & Record<string, unknown>) | null;
    const hash = typeof user?.password === 'string' && user.password !== '' ? user.password : dummyHash;
    const matches = await auth.validatePassword(password, hash);
    const passwordRight = matches && hash !== dummyHash && user !== null && user.isActive === true;
    const ctx = strapi.requestContext.get() as RequestState | undefined;
    if (ctx?.state) ctx.state[VERDICT_KEY] = { passwordRight, userId: passwordRight && user ? user.id : null } satisfies CredentialVerdict;
    return passwordRight && user ? [null, user] : wrong;
  };

  auth.checkCredentials = ({ email, password }) => {
    const ctx = strapi.requestContext.get() as object | undefined;
    if (!ctx) return check(email, password);
    const key = `${email}\u0000${password}`;
    const earlier = answered.get(ctx);
    if (earlier?.key === key) return earlier.answer;
    const answer = check(email, password);
    answered.set(ctx, { key, answer });
    return answer;
  };
}
