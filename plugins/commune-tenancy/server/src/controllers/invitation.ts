import type { Core } from '@strapi/strapi';
import type { InvitationResult } from '../../../shared';
import { parseInvitationInput } from '../services/invitations';
import { getService } from '../utils/get-service';
import { bodyOf, type Context } from './request';

/** Province IT invites a person into a commune's editorial board. */
const invitation = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context): Promise<void> {
    const body: InvitationResult = { data: await getService(strapi, 'invitations').invite(parseInvitationInput(bodyOf(ctx))) };
    ctx.status = 201;
    ctx.body = body;
  },
});

export default invitation;
