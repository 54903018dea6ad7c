/**
 * Issues an admin session exactly as Strapi 5.54's login does (@strapi/admin
 * server/src/controllers/authentication.ts and shared/utils/session-auth.ts): a refresh token
 * from `strapi.sessionManager('admin')`, the `strapi_admin_refresh` httpOnly cookie with the same
 * options, and `{ data: { token, accessToken, user } }`. Those helpers are not exported by the
 * package, so the cookie options are rebuilt here from the same configuration keys.
 *
 * The one difference: the session's metadata carries `twoFactor: 'verified'`. Strapi copies the
 * metadata to every rotated session, and the session guard refuses sessions without the mark to
 * users who have, or must have, a second factor — whatever route created them (register, reset
 * password…).
 */
import type { Core } from '@strapi/strapi';
import { buildSessionMetadata } from '@strapi/utils';
import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';

export const VERIFIED = 'verified';
export const REFRESH_COOKIE_NAME = 'strapi_admin_refresh';

interface OriginSessionManager {
  generateRefreshToken(
    userId: string,
    deviceId: string | undefined,
    options: { type: 'refresh' | 'session'; metadata: Record<string, unknown> },
  ): Promise<{ token: string; absoluteExpiresAt: string }>;
  generateAccessToken(refreshToken: string): Promise<{ token: string } | { error: string }>;
  validateAccessToken(token: string): { isValid: true; payload: { userId: string; sessionId: string } } | { isValid: false };
}

export type SessionManager = (origin: 'admin') => OriginSessionManager;

export function sessionManagerOf(strapi: Core.Strapi): SessionManager {
  const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
  if (!manager) throw new Error('two-factor: strapi.sessionManager is missing (Strapi 5.54 or later is required)');
  return manager;
}

interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  overwrite: boolean;
  domain?: string;
  path?: string;
  sameSite: 'lax' | 'strict' | 'none' | boolean;
  maxAge?: number;
  expires?: Date;
}

function cookieOptions(strapi: Core.Strapi, type: 'refresh' | 'session', absoluteExpiresAt: string, secureRequest: boolean): CookieOptions {
  const configuredSecure = strapi.config.get<boolean | undefined>('admin.auth.cookie.secure');
  const secure = typeof configuredSecure === 'boolean' ? configuredSecure : process.env.NODE_ENV === 'production' && secureRequest;
  const base: CookieOptions = {
    httpOnly: true,
    secure,
    overwrite: true,
    domain: strapi.config.get<string | undefined>('admin.auth.cookie.domain') ?? strapi.config.get<string | undefined>('admin.auth.domain'),
    path: strapi.config.get<string | undefined>('admin.auth.cookie.path') ?? '/admin',
    sameSite: strapi.config.get<CookieOptions['sameSite'] | undefined>('admin.auth.cookie.sameSite') ?? 'lax',
    maxAge: undefined,
  };
  if (type === 'session') return base;
  const idleSeconds = Number(strapi.config.get('admin.auth.sessions.idleRefreshTokenLifespan', 14 * 24 * 60 * 60));
  const now = Date.now();
  const chosen = new Date(Math.min(now + idleSeconds * 1000, new Date(absoluteExpiresAt).getTime()));
  return { ...base, expires: chosen, maxAge: Math.max(0, chosen.getTime() - now) };
}

export interface IssuedSession {
  token: string;
  accessToken: string;
  user: Record<string, unknown>;
}

const sessions = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Signs the user in on this response (cookie + body data), as Strapi's login does. */
  async issue(ctx: Context, userId: number, options: { rememberMe: boolean; deviceId: string | null }): Promise<IssuedSession> {
    const manager = sessionManagerOf(strapi)('admin');
    const type = options.rememberMe ? 'refresh' : 'session';
    const { token: refreshToken, absoluteExpiresAt } = await manager.generateRefreshToken(
      String(userId),
      options.deviceId ?? randomUUID(),
      {
        type,
        metadata: { ...buildSessionMetadata({ userAgent: ctx.request.headers['user-agent'] }), twoFactor: VERIFIED },
      },
    );
    ctx.cookies.set(REFRESH_COOKIE_NAME, refreshToken, cookieOptions(strapi, type, absoluteExpiresAt, ctx.request.secure));
    const access = await manager.generateAccessToken(refreshToken);
    if ('error' in access) throw new Error(`two-factor: access token not issued (${access.error})`);
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as Record<string, unknown>;
    const userService = strapi.service('admin::user') as unknown as { sanitizeUser(user: unknown): Record<string, unknown> };
    return { token: access.token, accessToken: access.token, user: userService.sanitizeUser(user) };
  },
});

export type SessionsService = ReturnType<typeof sessions>;
export default sessions;
