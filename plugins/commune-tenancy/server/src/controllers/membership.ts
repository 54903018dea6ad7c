import type { Core } from '@strapi/strapi';
import type { CommuneMemberList, ResetResult } from '../../../shared';
import { parseMembershipInput } from '../services/memberships';
import { getService } from '../utils/get-service';
import { bodyOf, callerOf, idParam, type Context } from './request';

/** Admin API for province IT: who belongs to which commune, with which board role. */
const membership = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context): Promise<void> {
    const commune = typeof ctx.query.commune === 'string' ? ctx.query.commune : undefined;
    const body: CommuneMemberList = { data: await getService(strapi, 'memberships').list(commune) };
    ctx.body = body;
  },

  async upsert(ctx: Context): Promise<void> {
    ctx.body = { data: await getService(strapi, 'memberships').upsert(parseMembershipInput(bodyOf(ctx))) };
  },

  /** A password reset by link: returns the new invitation link, once. */
  async reset(ctx: Context): Promise<void> {
    const body: ResetResult = { data: { inviteUrl: await getService(strapi, 'invitations').reset(idParam(ctx), callerOf(ctx).id) } };
    ctx.body = body;
  },

  async remove(ctx: Context): Promise<void> {
    await getService(strapi, 'memberships').remove(idParam(ctx));
    ctx.status = 204;
  },
});

export default membership;
