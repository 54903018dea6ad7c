import { z } from 'zod';
import type { ArticleResponse } from '#shared/types/api';
import { toArticle, type RawArticle, type StrapiList } from '../../utils/content';

/** Strapi's `uid` alphabet. */
const params = z.object({
  slug: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9\-_.~]+$/),
});

/** One published article of this commune by its slug; 404 when this commune has none. */
export default defineCommuneCachedHandler(
  'article',
  async (event, commune): Promise<ArticleResponse> => {
    const parsed = params.safeParse(getRouterParams(event, { decode: true }));
    if (!parsed.success) {
      throw createError({ statusCode: 404, statusMessage: 'Article Not Found' });
    }
    const { strapiUrl } = useRuntimeConfig();
    const response = await strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters: { ...communeFilter(commune.slug), slug: { $eq: parsed.data.slug } },
      populate: { cover: { populate: ['image'] }, gallery: { populate: ['image'] }, category: true },
      pagination: { page: 1, pageSize: 1 },
    });
    const article = response.data[0];
    if (!article) {
      throw createError({ statusCode: 404, statusMessage: 'Article Not Found' });
    }
    return toArticle(article, strapiUrl);
  },
  { keyParts: (event) => [getRouterParam(event, 'slug', { decode: true }) ?? ''] },
);
