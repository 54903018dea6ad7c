import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  WORKFLOW_STATES,
  type InStateResponse,
  type QueuesResponse,
  type StatesResponse,
  type WorkflowResponse,
  type WorkflowState,
} from '../../../shared';
import { PublishFailedError } from '../services/publication';
import { StaleVersionError } from '../services/store';
import { getService } from '../utils/get-service';
import { governedTypeOf, receivedRequestOf, transitionRequestOf, userIdOf, type Context } from './request';

/**
 * A stale version is a conflict (409): someone else acted on the item first. A publication that
 * failed for the system's reasons is 503 (rolled back, try again), with its Vietnamese message:
 * Strapi's own handler would hide a 5xx message behind "Internal Server Error".
 */
async function answering(ctx: Context, work: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = { data: await work() };
  } catch (error) {
    const status = error instanceof StaleVersionError ? 409 : error instanceof PublishFailedError ? 503 : null;
    if (status === null || !(error instanceof Error)) throw error;
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: error.name, message: error.message, details: {} } };
  }
}

const board = ({ strapi }: { strapi: Core.Strapi }) => {
  const target = async (ctx: Context, locale: unknown) =>
    getService(strapi, 'store').targetOf(governedTypeOf(ctx.params.uid), String(ctx.params.documentId), locale);

  return {
    async view(ctx: Context): Promise<void> {
      const body: WorkflowResponse = {
        data: await getService(strapi, 'workflows').view(userIdOf(ctx), await target(ctx, ctx.query.locale)),
      };
      ctx.body = body;
    },

    async transition(ctx: Context): Promise<void> {
      const request = transitionRequestOf(ctx);
      const where = await target(ctx, request.locale ?? ctx.query.locale);
      await answering(ctx, () => getService(strapi, 'workflows').transition(userIdOf(ctx), where, request));
    },

    async receive(ctx: Context): Promise<void> {
      const request = receivedRequestOf(ctx);
      const where = await target(ctx, request.locale ?? ctx.query.locale);
      await answering(ctx, () => getService(strapi, 'workflows').receive(userIdOf(ctx), where, request));
    },

    async queues(ctx: Context): Promise<void> {
      const body: QueuesResponse = { data: await getService(strapi, 'queues').of(userIdOf(ctx)) };
      ctx.body = body;
    },

    async inState(ctx: Context): Promise<void> {
      const uid = governedTypeOf(ctx.query.uid);
      const state = ctx.query.state;
      if (typeof state !== 'string' || !(WORKFLOW_STATES as readonly string[]).includes(state))
        throw new errors.ValidationError('Trạng thái không hợp lệ.');
      const body: InStateResponse = { data: await getService(strapi, 'queues').inState(userIdOf(ctx), uid, state as WorkflowState) };
      ctx.body = body;
    },

    async states(ctx: Context): Promise<void> {
      const uid = governedTypeOf(ctx.query.uid);
      const raw = ctx.query.documentIds;
      const documentIds = (Array.isArray(raw) ? raw.join(',') : String(raw ?? ''))
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      const body: StatesResponse = { data: await getService(strapi, 'queues').states(userIdOf(ctx), uid, documentIds) };
      ctx.body = body;
    },
  };
};

export default board;
