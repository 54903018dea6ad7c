import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Caller } from '../services/my-communes';

export type Context = Parameters<Core.MiddlewareHandler>[0];

export const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;

/** A numeric route id (`/memberships/:id`); anything else is a client error, not a server fault. */
export function idParam(ctx: Context): number {
  const id = Number(ctx.params.id);
  if (!Number.isSafeInteger(id) || id < 1) throw new errors.ValidationError('Mã thành viên không hợp lệ.');
  return id;
}

/** The logged-in admin user (the admin routes' policies guarantee one). */
export function callerOf(ctx: Context): Caller {
  const user = (ctx.state as { user?: Caller }).user;
  if (!user?.id) throw new errors.UnauthorizedError('Hãy đăng nhập.');
  return user;
}
