import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { parseMembershipInput } from '../services/memberships';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Admin API for province IT: who belongs to which commune, with which board role. */
const membership = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context): Promise<void> {
    const commune = typeof ctx.query.commune === 'string' ? ctx.query.commune : undefined;
    ctx.body = { data: await getService(strapi, 'memberships').list(commune) };
  },

  async upsert(ctx: Context): Promise<void> {
    const body = (ctx.request as { body?: unknown }).body;
    ctx.body = { data: await getService(strapi, 'memberships').upsert(parseMembershipInput(body)) };
  },

  async remove(ctx: Context): Promise<void> {
    await getService(strapi, 'memberships').remove(Number(ctx.params.id));
    ctx.status = 204;
  },
});

export default membership;
