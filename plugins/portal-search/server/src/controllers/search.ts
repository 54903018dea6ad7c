import type { Core } from '@strapi/strapi';
import type { DocumentSearchResponse, SearchResponse } from '../../../shared';
import { GateFullError } from '../engine/query-gate';
import type { EngineService } from '../services/engine';
import { documentFiltersOf, pagingOf, textOf, todayInVietnam, typesOf, type Query } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Shown by the site when a burst of searches is more than the engine keeps waiting (QueryGate). */
export const BUSY_MESSAGE = 'Hệ thống tìm kiếm đang bận, xin vui lòng thử lại sau giây lát.';

/** The answer of a search, or 503 (try again in a few seconds) when the engine refused it as one too many. */
async function answer(ctx: Context, search: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = await search();
  } catch (error) {
    if (!(error instanceof GateFullError)) throw error;
    ctx.status = 503;
    ctx.set('Retry-After', '2');
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: BUSY_MESSAGE, details: {} } };
  }
}

/**
 * The site's search API. The commune is never taken from the query: it is the active commune the
 * site's server names in its trusted header; a missing, unknown or suspended one is 404.
 */
const search = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => (strapi.plugin('portal-search').service('engine') as EngineService).get();

  /** The site's commune, resolved by commune-tenancy from the trusted header (404 when not online). */
  const communeOf = (): Promise<number> =>
    (strapi.plugin('commune-tenancy').service('site') as { communeId(): Promise<number> }).communeId();

  return {
    /** GET /api/portal-search/search — everything published (tin bài, văn bản, thủ tục, giới thiệu). */
    async find(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf();
      const request = { communeId, text: textOf(query, true), types: typesOf(query), ...pagingOf(query) };
      await answer(ctx, (): Promise<SearchResponse> => engine().search(request));
    },

    /** GET /api/portal-search/documents — the document search tool, with facets. */
    async documents(ctx: Context): Promise<void> {
      const query = ctx.query as Query;
      const communeId = await communeOf();
      const request = {
        communeId,
        text: textOf(query, false),
        filters: documentFiltersOf(query),
        today: todayInVietnam(),
        ...pagingOf(query),
      };
      await answer(ctx, (): Promise<DocumentSearchResponse> => engine().searchDocuments(request));
    },
  };
};

export default search;
