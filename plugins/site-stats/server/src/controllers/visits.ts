import type { Core } from '@strapi/strapi';
import { countableDays, VISIT_BATCH_MAX, VISITOR_HASH_PATTERN, type VisitBatch, type VisitTotals } from '../../../shared';
import type { VisitsService } from '../services/visits';
import { siteBatchHandler, siteCommuneId } from './site-batch';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The batch in a request body, or a Vietnamese reason why it is not one. Nothing is counted from a refused batch. */
function readBatch(body: unknown, now: Date): VisitBatch | string {
  if (typeof body !== 'object' || body === null) return 'Thiếu danh sách khách truy cập.';
  const day = 'day' in body ? body.day : undefined;
  const visitors = 'visitors' in body ? body.visitors : undefined;
  if (typeof day !== 'string' || !countableDays(now).includes(day))
    return 'Ngày truy cập không hợp lệ (chỉ nhận hôm nay, hoặc hôm qua trong vài phút đầu ngày).';
  if (!Array.isArray(visitors) || visitors.length === 0 || visitors.length > VISIT_BATCH_MAX) {
    return `Danh sách khách truy cập phải có từ 1 đến ${VISIT_BATCH_MAX} mã.`;
  }
  const hashes: string[] = [];
  for (const visitor of visitors as unknown[]) {
    if (typeof visitor !== 'string' || !VISITOR_HASH_PATTERN.test(visitor)) return 'Mã khách truy cập không hợp lệ.';
    hashes.push(visitor);
  }
  return { day, visitors: hashes };
}

/**
 * The visit counter of the site's server. The commune is never taken from the body or the
 * query: it is the active commune the site's server names in its trusted header; a missing,
 * unknown or suspended one is 404, so nothing can be counted for a commune that is not online.
 */
const visits = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('site-stats').service('visits') as VisitsService;

  return {
    /** POST /api/site-stats/visits — `{ day, visitors }`, visitors' daily hashes (never an address); answers VisitsRecorded. */
    record: siteBatchHandler(strapi, readBatch, (communeId, batch, now) => service().record(communeId, batch.day, batch.visitors, now)),

    /** GET /api/site-stats/visits — `{ today, total }` for the footer. */
    async totals(ctx: Context): Promise<void> {
      const answer: VisitTotals = await service().totals(await siteCommuneId(strapi));
      ctx.body = answer;
    },
  };
};

export default visits;
