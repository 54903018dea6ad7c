import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentSearchResponse, SearchResponse } from '../../../shared';
import type { EngineService } from '../services/engine';
import { documentFiltersOf, pagingOf, textOf, todayInVietnam, typesOf, type Query } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The public site's server names its commune in this header (see commune-tenancy). */
const COMMUNE_HEADER = 'x-commune';

/**
 * The site's search API. The commune is never taken from the query: it is the active commune the
 * site's server names in its trusted header; a missing, unknown or suspended one is 404.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => (strapi.plugin('portal-search').service('engine') as EngineService).get();

  async function communeOf(ctx: Context): Promise<number> {
    const raw = ctx.request.header[COMMUNE_HEADER];
    const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
    if (!slug) throw new errors.NotFoundError('Không tìm thấy trang của xã, phường.');
    const commune = (await strapi.db.query('plugin::commune-tenancy.commune').findOne({ where: { slug, siteStatus: 'active' }, select: ['id'] })) as { id: number } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy trang của xã, phường.');
    return commune.id;
  }

  return {
    /** GET /api/portal-search/search — everything published (tin bài, văn bản, thủ tục, giới thiệu). */
    async find(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf(ctx);
      const body: SearchResponse = await engine().search({ communeId, text: textOf(query, true), types: typesOf(query), ...pagingOf(query) });
      ctx.body = body;
    },

    /** GET /api/portal-search/documents — the document search tool, with facets. */
    async documents(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf(ctx);
      const body: DocumentSearchResponse = await engine().searchDocuments({
        communeId,
        text: textOf(query, false),
        filters: documentFiltersOf(query),
        today: todayInVietnam(),
        ...pagingOf(query),
      });
      ctx.body = body;
    },
  };
};

export default search;
