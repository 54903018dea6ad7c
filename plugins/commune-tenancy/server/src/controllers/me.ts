import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MyCommunes } from '../../../shared';
import { getService } from '../utils/get-service';
import { bodyOf, callerOf, type Context } from './request';

/** The commune switcher: any logged-in admin user, about their own memberships only. */
const me = ({ strapi }: { strapi: Core.Strapi }) => ({
  async communes(ctx: Context): Promise<void> {
    const body: MyCommunes = { data: await getService(strapi, 'my-communes').of(callerOf(ctx)) };
    ctx.body = body;
  },

  async selectCommune(ctx: Context): Promise<void> {
    const input = bodyOf(ctx);
    const commune = input && typeof input === 'object' ? (input as { commune?: unknown }).commune : undefined;
    if (typeof commune !== 'string' || commune.trim() === '')
      throw new errors.ValidationError('Hãy chọn xã, phường (commune: documentId).');
    const body: MyCommunes = { data: await getService(strapi, 'my-communes').select(callerOf(ctx), commune.trim()) };
    ctx.body = body;
  },
});

export default me;
