import type { HomeResponse } from '#shared/types/api';
import {
  toArticleSummary,
  toDocumentSummary,
  type RawArticle,
  type RawDocument,
  type StrapiList,
} from '../utils/content';

const LATEST = 6;

/** The latest news and the latest documents of the commune serving this host. */
export default defineCommuneCachedHandler('home', async (event, commune): Promise<HomeResponse> => {
  const { strapiUrl } = useRuntimeConfig(event);
  const filters = communeFilter(commune.slug);
  const [articles, documents] = await Promise.all([
    strapiGet<StrapiList<RawArticle>>(event, '/api/articles', {
      filters,
      fields: ['title', 'slug', 'summary', 'kind', 'publishedAt'],
      populate: { cover: { populate: ['image'] } },
      sort: ['publishedAt:desc'],
      pagination: { page: 1, pageSize: LATEST },
    }),
    strapiGet<StrapiList<RawDocument>>(event, '/api/documents', {
      filters,
      fields: ['number', 'symbol', 'numberSymbol', 'documentType', 'summary', 'issueDate'],
      sort: ['issueDate:desc', 'publishedAt:desc'],
      pagination: { page: 1, pageSize: LATEST },
    }),
  ]);
  return {
    articles: articles.data.map((article) => toArticleSummary(article, strapiUrl)),
    documents: documents.data.map(toDocumentSummary),
  };
});
