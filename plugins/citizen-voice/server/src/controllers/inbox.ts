/**
 * The board's routes (admin API). The service checks the caller's seat on the named commune's
 * board; the audit trail records every call (a moderation decision is an admin write).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { InboxService } from '../services/inbox';

type Context = Parameters<Core.MiddlewareHandler>[0];

function userIdOf(ctx: Context): number {
  const id = (ctx.state as { user?: { id?: number } }).user?.id;
  if (typeof id !== 'number') throw new errors.UnauthorizedError('Hãy đăng nhập.');
  return id;
}

const codeOf = (ctx: Context): unknown => (ctx.params as { code?: unknown }).code;
const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;

const inbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (): InboxService => strapi.plugin('citizen-voice').service('inbox') as InboxService;
  // Personal data: never kept by a browser's or a proxy's cache.
  const send = (ctx: Context, body: unknown): void => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };

  return {
    async list(ctx: Context): Promise<void> {
      send(ctx, await service().list(userIdOf(ctx), ctx.query));
    },
    async item(ctx: Context): Promise<void> {
      send(ctx, { data: await service().item(userIdOf(ctx), codeOf(ctx), ctx.query) });
    },
    async assign(ctx: Context): Promise<void> {
      send(ctx, { data: await service().assign(userIdOf(ctx), codeOf(ctx), bodyOf(ctx)) });
    },
    async answer(ctx: Context): Promise<void> {
      send(ctx, { data: await service().answer(userIdOf(ctx), codeOf(ctx), bodyOf(ctx)) });
    },
    async reject(ctx: Context): Promise<void> {
      send(ctx, { data: await service().reject(userIdOf(ctx), codeOf(ctx), bodyOf(ctx)) });
    },
    async comments(ctx: Context): Promise<void> {
      send(ctx, await service().comments(userIdOf(ctx), ctx.query));
    },
    async approveComment(ctx: Context): Promise<void> {
      send(ctx, { data: await service().moderate(userIdOf(ctx), codeOf(ctx), bodyOf(ctx), 'approved') });
    },
    async rejectComment(ctx: Context): Promise<void> {
      send(ctx, { data: await service().moderate(userIdOf(ctx), codeOf(ctx), bodyOf(ctx), 'rejected') });
    },
    async ratings(ctx: Context): Promise<void> {
      send(ctx, await service().ratings(userIdOf(ctx), ctx.query));
    },
  };
};

export default inbox;
