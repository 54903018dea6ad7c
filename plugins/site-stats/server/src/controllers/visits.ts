import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { VISITOR_HASH_PATTERN, type VisitRecorded, type VisitTotals } from '../../../shared';
import type { VisitsService } from '../services/visits';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The visit counter of the site's server. The commune is never taken from the body or the
 * query: it is the active commune the site's server names in its trusted header; a missing,
 * unknown or suspended one is 404, so nothing can be counted for a commune that is not online.
 */
const visits = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('site-stats').service('visits') as VisitsService;

  /** The site's commune, resolved by commune-tenancy from the trusted header (404 when not online). */
  const communeOf = (): Promise<number> => (strapi.plugin('commune-tenancy').service('site') as { communeId(): Promise<number> }).communeId();

  return {
    /** POST /api/site-stats/visits — `{ visitor }`, the visitor's daily hash (never an address). */
    async record(ctx: Context): Promise<void> {
      const communeId = await communeOf();
      const body: unknown = ctx.request.body;
      const visitor = typeof body === 'object' && body !== null && 'visitor' in body ? body.visitor : undefined;
      if (typeof visitor !== 'string' || !VISITOR_HASH_PATTERN.test(visitor)) {
        throw new errors.ValidationError('Mã khách truy cập không hợp lệ.');
      }
      const answer: VisitRecorded = { counted: await service().record(communeId, visitor) };
      ctx.body = answer;
    },

    /** GET /api/site-stats/visits — `{ today, total }` for the footer. */
    async totals(ctx: Context): Promise<void> {
      const answer: VisitTotals = await service().totals(await communeOf());
      ctx.body = answer;
    },
  };
};

export default visits;
