import type { Core } from '@strapi/strapi';
import type { DocumentSearchResponse, SearchResponse } from '../../../shared';
import type { EngineService } from '../services/engine';
import { documentFiltersOf, pagingOf, textOf, todayInVietnam, typesOf, type Query } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The site's search API. The commune is never taken from the query: it is the active commune the
 * site's server names in its trusted header; a missing, unknown or suspended one is 404.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => (strapi.plugin('portal-search').service('engine') as EngineService).get();

  /** The site's commune, resolved by commune-tenancy from the trusted header (404 when not online). */
  const communeOf = (): Promise<number> => (strapi.plugin('commune-tenancy').service('site') as { communeId(): Promise<number> }).communeId();

  return {
    /** GET /api/portal-search/search — everything published (tin bài, văn bản, thủ tục, giới thiệu). */
    async find(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf();
      const body: SearchResponse = await engine().search({ communeId, text: textOf(query, true), types: typesOf(query), ...pagingOf(query) });
      ctx.body = body;
    },

    /** GET /api/portal-search/documents — the document search tool, with facets. */
    async documents(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf();
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
