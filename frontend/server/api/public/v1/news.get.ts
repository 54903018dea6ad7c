import type { PublicApiList, PublicNewsItem } from '#shared/types/public-api';
import { absoluteUrl } from '../../../utils/feed-xml';
import { ARTICLE_LIST_QUERY, articlePath, coverImage, type RawPublicArticle } from '../../../utils/public-content';

/** `GET /api/public/v1/news?page=&pageSize=&category=`: the commune's news, newest first. */
export default defineEventHandler((event): Promise<PublicApiList<PublicNewsItem>> =>
  publicApiList<RawPublicArticle, PublicNewsItem>(event, {
    strapiPath: '/api/articles',
    strapiQuery: ARTICLE_LIST_QUERY,
    filters: ['category'],
    strapiFilters: (query) => (query.category ? { category: { slug: { $eq: query.category } } } : {}),
    toItem: (article, origin) => ({
      id: article.documentId,
      title: article.title,
      slug: article.slug,
      summary: article.summary?.trim() || null,
      kind: article.kind === 'bai' ? 'bai' : 'tin',
      category: article.category?.name && article.category.slug ? { name: article.category.name, slug: article.category.slug } : null,
      publishedAt: article.publishedAt ?? null,
      updatedAt: article.updatedAt ?? null,
      url: absoluteUrl(origin, articlePath(article)),
      image: coverImage(event, origin, article),
    }),
  }),
);
