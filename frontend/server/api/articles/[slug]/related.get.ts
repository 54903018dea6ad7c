import { z } from 'zod';
import type { RelatedArticlesResponse } from '#shared/types/news';
import type { RawArticle, StrapiList } from '../../../utils/content';
import { NEWS_LIST_FIELDS, NEWS_SORT, toNewsListItem } from '../../../utils/news-content';

/** Other articles shown under an article. */
const RELATED_COUNT = 4;

const params = z.object({
  slug: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9\-_.~]+$/),
});

/**
 * The latest other articles of the same category as the article with this slug (none when it has
 * no category); 404 when this commune has no such article.
 */
export default defineCommuneCachedHandler(
  'related-articles',
  async (event, commune): Promise<RelatedArticlesResponse> => {
    const parsed = params.safeParse(getRouterParams(event, { decode: true }));
    if (!parsed.success) throw createError({ statusCode: 404, statusMessage: 'Article Not Found' });
    const { strapiUrl } = useRuntimeConfig();
    const found = await strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters: { ...communeFilter(commune.slug), slug: { $eq: parsed.data.slug } },
      fields: ['slug'],
      populate: { category: { fields: ['slug'] } },
      pagination: { page: 1, pageSize: 1 },
    });
    const article = found.data[0];
    if (!article) throw createError({ statusCode: 404, statusMessage: 'Article Not Found' });
    const category = article.category?.slug;
    if (!category) return { articles: [] };

    const related = await strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters: {
        ...communeFilter(commune.slug),
        category: { slug: { $eq: category } },
        documentId: { $ne: article.documentId },
      },
      fields: NEWS_LIST_FIELDS,
      populate: { cover: { populate: ['image'] }, category: { fields: ['name', 'slug'] } },
      sort: NEWS_SORT,
      pagination: { page: 1, pageSize: RELATED_COUNT },
    });
    return { articles: related.data.map((item) => toNewsListItem(item, strapiUrl)) };
  },
  { keyParts: (event) => [getRouterParam(event, 'slug', { decode: true }) ?? ''] },
);
