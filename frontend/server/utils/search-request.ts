import type { H3Event } from 'h3';
import {
  parseDocumentSearchQuery,
  parseSiteSearchQuery,
  type DocumentSearchQuery,
  type Parsed,
  type SiteSearchQuery,
} from './search-query';

/*
 * A search's query, parsed once per request: the cache key, the handler and the search counter
 * all read it. Kept in `event.context`, which Nitro's cached handler shares with the event it
 * runs the handler on (a copy of the request without most of its headers).
 */

export function siteSearchQueryOf(event: H3Event): Parsed<SiteSearchQuery> {
  event.context.siteSearchQuery ??= parseSiteSearchQuery(getQuery(event));
  return event.context.siteSearchQuery;
}

export function documentSearchQueryOf(event: H3Event): Parsed<DocumentSearchQuery> {
  event.context.documentSearchQuery ??= parseDocumentSearchQuery(getQuery(event));
  return event.context.documentSearchQuery;
}
