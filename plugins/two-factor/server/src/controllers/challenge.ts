import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { EnrolmentOfferResponse, SessionResponse } from '../../../shared';
import { getService } from '../utils/get-service';
import { bodyOf } from './request';

/** The second step of sign-in (no session yet: the challenge from POST /admin/login is the credential). */
const challenge = ({ strapi }: { strapi: Core.Strapi }) => ({
  async verify(ctx: Context): Promise<void> {
    const body = bodyOf(ctx);
    const session = await getService(strapi, 'two-factor').verifyChallenge(ctx, body.challenge, body.code);
    const answer: SessionResponse = { data: session };
    ctx.body = answer;
  },

  async enrolmentOffer(ctx: Context): Promise<void> {
    const answer: EnrolmentOfferResponse = { data: await getService(strapi, 'two-factor').enrolmentOffer(bodyOf(ctx).challenge) };
    ctx.body = answer;
  },

  async confirmEnrolment(ctx: Context): Promise<void> {
    const body = bodyOf(ctx);
    const answer: SessionResponse = { data: await getService(strapi, 'two-factor').confirmEnrolment(ctx, body.challenge, body.code) };
    ctx.body = answer;
  },
});

export default challenge;
