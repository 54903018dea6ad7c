import type { HomeNewsSection, HomeResponse } from '#shared/types/home';
import { toDocumentSummary, type RawArticle, type RawDocument, type StrapiList } from '../utils/content';
import {
  HOME_DOCUMENTS,
  HOME_FEATURED,
  HOME_LEADERS,
  HOME_NEWS_PER_CATEGORY,
  homeCategoryScopes,
  toHomeLeaders,
  toHomeNewsItems,
  toHomeProcedures,
} from '../utils/home-content';
import { OFFICIAL_FIELDS, OFFICIAL_SORT, toOfficials, type RawOfficial } from '../utils/intro-content';
import { CATEGORY_QUERY, NEWS_LIST_FIELDS, NEWS_SORT, type RawCategory } from '../utils/news-content';
import { procedureListQuery, type RawProcedureSummary } from '../utils/procedure-content';

/** A list's first item shows its cover; the others are headlines, but Strapi cannot populate only the first. */
const COVER = { cover: { populate: ['image'] } } as const;

/**
 * The commune's front page in one answer: featured news, the newest news of each top-level
 * category, the newest documents, procedure shortcuts and the leaders. Every read runs in
 * parallel; the category blocks start as soon as the category tree is known.
 */
export default defineCommuneCachedHandler('home', async (event, commune): Promise<HomeResponse> => {
  const { strapiUrl } = useRuntimeConfig();
  const filters = communeFilter(commune.slug);

  const newsOfCategories = async (): Promise<HomeNewsSection[]> => {
    const categories = await strapiGet<StrapiList<RawCategory>>(event, '/api/categories', { ...CATEGORY_QUERY, filters });
    const sections = await Promise.all(
      homeCategoryScopes(categories.data).map(async ({ category, slugs }) => {
        const articles = await strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
          filters: { ...filters, category: { slug: { $in: slugs } } },
          fields: NEWS_LIST_FIELDS,
          populate: COVER,
          sort: NEWS_SORT,
          pagination: { page: 1, pageSize: HOME_NEWS_PER_CATEGORY },
        });
        return { category, articles: toHomeNewsItems(articles.data, strapiUrl) };
      }),
    );
    return sections.filter((section) => section.articles.length > 0);
  };

  const [featured, news, documents, procedures, officials] = await Promise.all([
    strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters: { ...filters, featured: { $eq: true } },
      fields: NEWS_LIST_FIELDS,
      populate: COVER,
      sort: NEWS_SORT,
      pagination: { page: 1, pageSize: HOME_FEATURED },
    }),
    newsOfCategories(),
    strapiGet<StrapiList<RawDocument>>(event, '/api/documents', {
      filters,
      fields: ['number', 'symbol', 'numberSymbol', 'documentType', 'summary', 'issueDate'],
      sort: ['issueDate:desc', 'publishedAt:desc'],
      pagination: { page: 1, pageSize: HOME_DOCUMENTS },
    }),
    // One page of Strapi's largest size: more than a commune's procedures (about a hundred).
    strapiGet<StrapiList<RawProcedureSummary>>(event, '/api/procedures', procedureListQuery(1, filters)),
    // A few more than shown: entries without a name or a position are dropped by the mapping.
    strapiGet<StrapiList<RawOfficial>>(event, '/api/officials', {
      filters,
      fields: OFFICIAL_FIELDS,
      sort: OFFICIAL_SORT,
      pagination: { page: 1, pageSize: HOME_LEADERS * 2 },
    }),
  ]);

  return {
    featured: toHomeNewsItems(featured.data, strapiUrl),
    news,
    documents: documents.data.map(toDocumentSummary),
    procedures: toHomeProcedures(procedures.data),
    leaders: toHomeLeaders(toOfficials(officials.data, strapiUrl)),
  };
});
