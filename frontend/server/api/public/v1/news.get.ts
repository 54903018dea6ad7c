import type { PublicApiList, PublicNewsItem } from '#shared/types/public-api';
import { ARTICLE_LIST_QUERY, newsApiItem, type RawPublicArticle } from '../../../utils/public-content';

/** `GET /api/public/v1/news?page=&pageSize=&category=`: the commune's news, newest first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicNewsItem>> =>
    publicApiList<RawPublicArticle, PublicNewsItem>(event, {
      strapiPath: '/api/articles',
      strapiQuery: ARTICLE_LIST_QUERY,
      filters: ['category'],
      strapiFilters: (query) => (query.category ? { category: { slug: { $eq: query.category } } } : {}),
      toItem: (article, origin) => newsApiItem(event, origin, article),
    }),
);
