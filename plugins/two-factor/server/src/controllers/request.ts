import { errors } from '@strapi/utils';
import type { Context } from 'koa';

export interface AdminState {
  user?: { id: number; roles?: Array<{ code?: string }> };
  session?: { id?: string };
}

export const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};

export function callerOf(ctx: Context): { id: number; roleCodes: string[]; sessionId: string | undefined } {
  const state = ctx.state as AdminState;
  if (!state.user) throw new errors.UnauthorizedError('Sign in first');
  return {
    id: state.user.id,
    roleCodes: (state.user.roles ?? []).map((role) => role.code ?? '').filter(Boolean),
    sessionId: state.session?.id,
  };
}

export function idParam(ctx: Context): number {
  const raw = (ctx.params as Record<string, string | undefined>).id ?? '';
  if (!/^\d{1,9}$/.test(raw)) throw new errors.ValidationError('The id must be a number');
  return Number(raw);
}
