import type { NewsListResponse } from '#shared/types/news';
import type { RawArticle, StrapiList } from '../utils/content';
import {
  CATEGORY_QUERY,
  categoryAndDescendants,
  NEWS_LIST_FIELDS,
  NEWS_PAGE_SIZE,
  NEWS_SORT,
  pageCountOf,
  parseCategorySlug,
  parsePageNumber,
  toCategoryDetail,
  toCategoryTree,
  toNewsListItem,
  type RawCategory,
} from '../utils/news-content';
import { PUBLIC_CONTENT_CACHE_BASE } from '../utils/public-content';

function notFound(): never {
  throw createError({ statusCode: 404, statusMessage: 'News Page Not Found' });
}

/** The validated `?page=&category=`; a value that cannot exist is a 404, like a missing page. */
function parseQuery(query: Record<string, unknown>): { page: number; category: string | null } {
  const page = parsePageNumber(query.page);
  if (page === null) notFound();
  if (query.category === undefined) return { page, category: null };
  const category = parseCategorySlug(query.category);
  if (category === null) notFound();
  return { page, category };
}

/**
 * `/tin-tuc` and `/tin-tuc/chuyen-muc/:slug`: the commune's news, newest first, one page of
 * NEWS_PAGE_SIZE; a category's list includes its sub-categories' news. 404 for a category the
 * commune does not have or a page past the last.
 */
export default defineCommuneCachedHandler(
  'news',
  async (event, commune): Promise<NewsListResponse> => {
    const { page, category: slug } = parseQuery(getQuery(event));
    const { strapiUrl } = useRuntimeConfig();
    const categories = await strapiGet<StrapiList<RawCategory>>(event, '/api/categories', {
      ...CATEGORY_QUERY,
      filters: communeFilter(commune.slug),
    });
    const slugs = slug ? categoryAndDescendants(categories.data, slug) : null;
    if (slug && !slugs) notFound();

    const articles = await strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters: { ...communeFilter(commune.slug), ...(slugs ? { category: { slug: { $in: slugs } } } : {}) },
      fields: NEWS_LIST_FIELDS,
      populate: { cover: { populate: ['image'] }, category: { fields: ['name', 'slug'] } },
      sort: NEWS_SORT,
      pagination: { page, pageSize: NEWS_PAGE_SIZE },
    });
    const { total } = articles.meta.pagination;
    const pageCount = pageCountOf(total, NEWS_PAGE_SIZE);
    if (page > pageCount) notFound();

    return {
      category: slug ? toCategoryDetail(categories.data, slug) : null,
      categories: toCategoryTree(categories.data),
      articles: articles.data.map((article) => toNewsListItem(article, strapiUrl)),
      pagination: { page, pageSize: NEWS_PAGE_SIZE, pageCount, total },
    };
  },
  {
    keyParts: (event) => {
      const query = getQuery(event);
      return [String(query.page ?? ''), String(query.category ?? '')];
    },
    // Page numbers and slugs come from the address: a bounded store (server/plugins/public-content-cache.ts).
    storageBase: PUBLIC_CONTENT_CACHE_BASE,
  },
);
