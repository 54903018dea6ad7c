import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { VISITOR_HASH_PATTERN, type VisitRecorded, type VisitTotals } from '../../../shared';
import type { VisitsService } from '../services/visits';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The public site's server names its commune in this header (see commune-tenancy). */
const COMMUNE_HEADER = 'x-commune';

/**
 * The visit counter of the site's server. The commune is never taken from the body or the
 * query: it is the active commune the site's server names in its trusted header; a missing,
 * unknown or suspended one is 404, so nothing can be counted for a commune that is not online.
 */
const visits = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('site-stats').service('visits') as VisitsService;

  async function communeOf(ctx: Context): Promise<number> {
    const raw = ctx.request.header[COMMUNE_HEADER];
    const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
    if (!slug) throw new errors.NotFoundError('Không tìm thấy trang của xã, phường.');
    const commune = (await strapi.db.query('plugin::commune-tenancy.commune').findOne({ where: { slug, siteStatus: 'active' }, select: ['id'] })) as { id: number } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy trang của xã, phường.');
    return commune.id;
  }

  return {
    /** POST /api/site-stats/visits — `{ visitor }`, the visitor's daily hash (never an address). */
    async record(ctx: Context): Promise<void> {
      const communeId = await communeOf(ctx);
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
      const answer: VisitTotals = await service().totals(await communeOf(ctx));
      ctx.body = answer;
    },
  };
};

export default visits;
