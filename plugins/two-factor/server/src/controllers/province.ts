import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { PlatformSettingsResponse, ResetResponse } from '../../../shared';
import { getService } from '../utils/get-service';
import { bodyOf, callerOf, idParam } from './request';

/** Province IT: the platform setting and the reset of someone's factor (lost phone). */
const province = ({ strapi }: { strapi: Core.Strapi }) => ({
  async getSettings(ctx: Context): Promise<void> {
    const answer: PlatformSettingsResponse = { data: { requireAll: await getService(strapi, 'store').requireAll() } };
    ctx.body = answer;
  },

  async updateSettings(ctx: Context): Promise<void> {
    const { requireAll } = bodyOf(ctx);
    if (typeof requireAll !== 'boolean') throw new errors.ValidationError('requireAll must be true or false');
    await getService(strapi, 'store').setRequireAll(requireAll);
    strapi.log.warn(`two-factor: required for every account set to ${requireAll} by admin user ${callerOf(ctx).id}`);
    const answer: PlatformSettingsResponse = { data: { requireAll } };
    ctx.body = answer;
  },

  /** POST /two-factor/users/:id/reset — the target user's id in the URL, for the audit trail. */
  async resetUserFactor(ctx: Context): Promise<void> {
    const userId = idParam(ctx);
    const reset = await getService(strapi, 'two-factor').reset(userId, callerOf(ctx).id);
    const answer: ResetResponse = { data: { userId, reset } };
    ctx.body = answer;
  },
});

export default province;
