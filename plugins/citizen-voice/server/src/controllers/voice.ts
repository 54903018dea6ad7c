/**
 * The public site's routes (content API). The commune is never taken from the body or the query:
 * it is the active commune the site's server names in its trusted header (commune-tenancy's site
 * service; missing, unknown or suspended is 404, so nothing is stored for a commune not online).
 * Nothing here logs what a citizen typed.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PublicFormsService, Outcome } from '../services/public-forms';

type Context = Parameters<Core.MiddlewareHandler>[0];

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};

const documentIdOf = (ctx: Context): string => {
  const id = (ctx.params as { documentId?: unknown }).documentId;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,64}$/.test(id)) throw new errors.NotFoundError('Không tìm thấy dự thảo đang lấy ý kiến.');
  return id;
};

/** A refusal as Strapi's error answer (status, Vietnamese message, details), or the value. */
function answer<T>(ctx: Context, outcome: Outcome<T>): void {
  ctx.set('Cache-Control', 'no-store');
  if (outcome.ok) {
    ctx.status = outcome.created ? 201 : 200;
    ctx.body = outcome.value;
    return;
  }
  if (outcome.status === 404) throw new errors.NotFoundError(outcome.message, outcome.details);
  if (outcome.status === 429) {
    if (outcome.details.retryAfter) ctx.set('Retry-After', String(outcome.details.retryAfter));
    throw new errors.RateLimitError(outcome.message, outcome.details);
  }
  throw new errors.ValidationError(outcome.message, outcome.details);
}

const voice = ({ strapi }: { strapi: Core.Strapi }) => {
  const forms = (): PublicFormsService => strapi.plugin('citizen-voice').service('publicForms') as PublicFormsService;
  const communeOf = (): Promise<number> =>
    (strapi.plugin('commune-tenancy').service('site') as { communeId(): Promise<number> }).communeId();

  return {
    /** GET /api/citizen-voice/form-token */
    async formToken(ctx: Context): Promise<void> {
      const communeId = await communeOf();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = forms().formToken(communeId);
    },

    /** GET /api/citizen-voice/settings */
    async settings(ctx: Context): Promise<void> {
      ctx.body = await forms().settings(await communeOf());
    },

    /** POST /api/citizen-voice/questions */
    async question(ctx: Context): Promise<void> {
      answer(ctx, await forms().submitQuestion(await communeOf(), bodyOf(ctx)));
    },

    /** GET /api/citizen-voice/questions/status?code= */
    async status(ctx: Context): Promise<void> {
      const found = await forms().status(await communeOf(), ctx.query.code);
      if (!found) throw new errors.NotFoundError('Không tìm thấy câu hỏi với mã theo dõi này. Hãy kiểm tra lại mã.');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = found;
    },

    /** POST /api/citizen-voice/consultations/:documentId/comments */
    async comment(ctx: Context): Promise<void> {
      const documentId = documentIdOf(ctx);
      answer(ctx, await forms().submitComment(await communeOf(), documentId, bodyOf(ctx)));
    },

    /** GET /api/citizen-voice/consultations/:documentId/comments */
    async comments(ctx: Context): Promise<void> {
      const documentId = documentIdOf(ctx);
      const list = await forms().publicComments(await communeOf(), documentId);
      if (!list) throw new errors.NotFoundError('Không tìm thấy dự thảo đang lấy ý kiến.');
      ctx.body = list;
    },

    /** POST /api/citizen-voice/ratings */
    async rate(ctx: Context): Promise<void> {
      answer(ctx, await forms().rate(await communeOf(), bodyOf(ctx)));
    },
  };
};

export default voice;
