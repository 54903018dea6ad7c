import type { DocumentSearchResponse } from '#portal-search';
import type { DocumentSearchHit, DocumentSearchResult } from '#shared/types/api';
import { documentStatusOn, type DocumentStatusKind } from '#shared/utils/document-status';
import { todayInVietnamIso } from '#shared/utils/search';
import type { StrapiList } from '../../utils/content';
import { citingAnyQuery, incomingRelations, type RawCitingDocument } from '../../utils/document-content';
import { DOCUMENT_SEARCH_PAGE_SIZE, searchKeyParts, SEARCH_CACHE_BASE, SEARCH_MAX_AGE } from '../../utils/search-query';
import type { DocumentAnswer } from '../../types/strapi-answers.generated';

type RawDocumentDates = Pick<DocumentAnswer, 'documentId' | 'summary' | 'issueDate' | 'effectiveDate' | 'expiryDate'>;

/**
 * The document search tool of the commune serving this host: words, number/symbol and facet
 * filters, with the facet counts for the form's selects. The first page of a search with words
 * is counted for search insight (README "Search insight"); filters alone are not a search.
 */
const documentSearch = defineCommuneCachedHandler(
  'document-search',
  async (event, commune): Promise<DocumentSearchResult> => {
    const parsed = documentSearchQueryOf(event);
    if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.message });
    const result = await strapiGet<DocumentSearchResponse>(
      event,
      '/api/portal-search/documents',
      { ...parsed.query, pageSize: DOCUMENT_SEARCH_PAGE_SIZE },
      { passSearchMessages: true },
    );
    if (result.data.length === 0) return { ...result, data: [] };

    // The search API's hits carry neither the plain summary nor the dates the status is computed
    // from; one read of this page's documents adds them (the table shows both), and one read of
    // the documents that replace, repeal or amend them gives the status that follows the law's changes.
    const ids = result.data.map((hit) => hit.documentId);
    const scope = communeFilter(commune.slug);
    const [details, citing] = await Promise.all([
      strapiGet<StrapiList<RawDocumentDates>>(event, '/api/documents', {
        filters: { ...scope, documentId: { $in: ids } },
        fields: ['summary', 'issueDate', 'effectiveDate', 'expiryDate'],
        pagination: { page: 1, pageSize: result.data.length },
      }),
      strapiGet<StrapiList<RawCitingDocument>>(event, '/api/documents', citingAnyQuery(ids, scope)),
    ]);
    const byId = new Map(details.data.map((row) => [row.documentId, row]));
    const today = todayInVietnamIso();
    const data = result.data.map((hit): DocumentSearchHit => {
      const row = byId.get(hit.documentId);
      const dates = row
        ? { issueDate: row.issueDate ?? null, effectiveDate: row.effectiveDate ?? null, expiryDate: row.expiryDate ?? null }
        : null;
      const status: DocumentStatusKind | null = dates
        ? documentStatusOn(dates, incomingRelations(hit.documentId, citing.data), today).kind
        : null;
      return { ...hit, summary: row?.summary ?? null, status };
    });
    return { ...result, data };
  },
  {
    keyParts: (event) => searchKeyParts(documentSearchQueryOf(event)),
    maxAge: SEARCH_MAX_AGE,
    storageBase: SEARCH_CACHE_BASE,
  },
);

export default countingSearches(documentSearch, (event) => {
  const parsed = documentSearchQueryOf(event);
  return parsed.ok && parsed.query.page === 1 ? parsed.query.q : undefined;
});
