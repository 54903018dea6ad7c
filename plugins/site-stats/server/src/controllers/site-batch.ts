import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The site's commune, resolved by commune-tenancy from the trusted header (404 when not online). */
export function siteCommuneId(strapi: Core.Strapi): Promise<number> {
  return (strapi.plugin('commune-tenancy').service('site') as { communeId(): Promise<number> }).communeId();
}

/**
 * A route handler of the site's counters (visits, searches): the commune is never taken from the
 * body or the query, it is the active commune the site's server names in its trusted header (a
 * missing, unknown or suspended one is 404, so nothing is counted for a commune not online); a
 * malformed batch is 400 with `read`'s Vietnamese reason and counts nothing.
 */
export function siteBatchHandler<Batch>(
  strapi: Core.Strapi,
  read: (body: unknown, now: Date) => Batch | string,
  record: (communeId: number, batch: Batch, now: Date) => Promise<number>,
): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const communeId = await siteCommuneId(strapi);
    const now = new Date();
    const batch = read(ctx.request.body, now);
    if (typeof batch === 'string') throw new errors.ValidationError(batch);
    // The answer of both routes: `{ counted }` (VisitsRecorded, SearchesRecorded).
    ctx.body = { counted: await record(communeId, batch, now) };
  };
}
