/**
 * The public read-only JSON API's common shape: CORS for any origin, checked parameters,
 * one page of one list of the commune serving this host, absolute links.
 */
import type { H3Event } from 'h3';
import type { PublicApiList } from '#shared/types/public-api';
import { parsePublicApiQuery, publicApiSearch, type PublicApiParam, type PublicApiQuery } from './public-api-query';
import { publicCommune, readCommuneList } from './public-content';
import { siteOrigin } from './site-origin';
import type { StrapiQuery } from './strapi-query';

interface PublicApiListSpec<R, I> {
  /** Strapi collection, e.g. `/api/articles`. */
  strapiPath: string;
  /** Fields, populate and sort of the Strapi query. */
  strapiQuery: StrapiQuery;
  /** Parameters besides page and pageSize. */
  filters?: readonly PublicApiParam[];
  /** The Strapi filters those parameters mean. */
  strapiFilters?: (query: PublicApiQuery) => StrapiQuery;
  toItem: (row: R, origin: string) => I;
}

export async function publicApiList<R, I>(event: H3Event, spec: PublicApiListSpec<R, I>): Promise<PublicApiList<I>> {
  // Read-only public data without credentials, so any origin may read it; set first so that
  // error answers carry it too and a browser client can show their message.
  setResponseHeaders(event, {
    'access-control-allow-origin': '*',
    'cache-control': 'public, max-age=60',
    vary: 'host',
  });
  const parsed = parsePublicApiQuery(getQuery(event), spec.filters);
  if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.message });
  const { query } = parsed;

  const commune = await requireCommune(event);
  const origin = siteOrigin(event);
  const list = await readCommuneList<R>(event, commune, spec.strapiPath, {
    ...spec.strapiQuery,
    filters: spec.strapiFilters?.(query) ?? {},
    pagination: { page: query.page, pageSize: query.pageSize },
  });
  const { total, pageCount } = list.meta.pagination;
  const endpoint = `${origin}${getRequestURL(event).pathname}`;
  const link = (page: number) => `${endpoint}?${publicApiSearch(query, page)}`;
  return {
    commune: publicCommune(commune, origin),
    data: list.data.map((row) => spec.toItem(row, origin)),
    meta: { page: query.page, pageSize: query.pageSize, pageCount, total },
    links: {
      self: link(query.page),
      prev: query.page > 1 ? link(Math.min(query.page - 1, Math.max(pageCount, 1))) : null,
      next: query.page < pageCount ? link(query.page + 1) : null,
    },
  };
}
