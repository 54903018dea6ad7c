import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { MyStatusResponse, RecoveryCodesResponse } from '../../../shared';
import { getService } from '../utils/get-service';
import { bodyOf, callerOf } from './request';

/** The signed-in user's own second factor (Settings → Đăng nhập hai bước). */
const me = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: Context): Promise<void> {
    const caller = callerOf(ctx);
    const answer: MyStatusResponse = { data: await getService(strapi, 'two-factor').status(caller.id, caller.roleCodes) };
    ctx.body = answer;
  },

  async offer(ctx: Context): Promise<void> {
    ctx.body = { data: await getService(strapi, 'two-factor').selfOffer(callerOf(ctx).id) };
  },

  async confirm(ctx: Context): Promise<void> {
    const caller = callerOf(ctx);
    const body = bodyOf(ctx);
    const answer: RecoveryCodesResponse = {
      data: { recoveryCodes: await getService(strapi, 'two-factor').selfConfirm(caller.id, caller.sessionId, body.sealed, body.code) },
    };
    ctx.body = answer;
  },

  async regenerateRecoveryCodes(ctx: Context): Promise<void> {
    const caller = callerOf(ctx);
    const body = bodyOf(ctx);
    const service = getService(strapi, 'two-factor');
    await service.reauthenticate(caller.id, body.password, body.code);
    const answer: RecoveryCodesResponse = { data: { recoveryCodes: await service.regenerateRecoveryCodes(caller.id, caller.sessionId) } };
    ctx.body = answer;
  },

  async disable(ctx: Context): Promise<void> {
    const caller = callerOf(ctx);
    const body = bodyOf(ctx);
    const service = getService(strapi, 'two-factor');
    await service.reauthenticate(caller.id, body.password, body.code);
    await service.disable(caller.id);
    ctx.body = { data: { enrolled: false } };
  },
});

export default me;
