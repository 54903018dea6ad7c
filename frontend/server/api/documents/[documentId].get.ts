import type { H3Event } from 'h3';
import type { DocumentDetail } from '#shared/types/legal-document';
import { todayInVietnamIso } from '#shared/utils/search';
import type { StrapiList } from '../../utils/content';
import {
  citingDocumentsQuery,
  citingProceduresQuery,
  documentDetailQuery,
  isDocumentId,
  toDocumentDetail,
  type RawCitingDocument,
  type RawDocumentDetail,
  type RawProcedureRef,
} from '../../utils/document-content';

function documentIdParam(event: H3Event): string {
  return getRouterParam(event, 'documentId', { decode: true }) ?? '';
}

/**
 * One published document of this commune with its files, the documents it relates to and
 * those that relate to it, and the procedures that cite it; 404 when this commune has none.
 */
export default defineCommuneCachedHandler(
  'document',
  async (event, commune): Promise<DocumentDetail> => {
    const documentId = documentIdParam(event);
    if (!isDocumentId(documentId)) {
      throw createError({ statusCode: 404, statusMessage: 'Document Not Found' });
    }
    const { strapiUrl } = useRuntimeConfig();
    const scope = communeFilter(commune.slug);
    const [found, citing, procedures] = await Promise.all([
      strapiGet<StrapiList<RawDocumentDetail>>(event, '/api/documents', documentDetailQuery(documentId, scope)),
      strapiGet<StrapiList<RawCitingDocument>>(event, '/api/documents', citingDocumentsQuery(documentId, scope)),
      strapiGet<StrapiList<RawProcedureRef>>(event, '/api/procedures', citingProceduresQuery(documentId, scope)),
    ]);
    const document = found.data[0];
    if (!document) {
      throw createError({ statusCode: 404, statusMessage: 'Document Not Found' });
    }
    // Computed on the day of the request; the cached answer lives 30 seconds.
    return toDocumentDetail(document, { citing: citing.data, procedures: procedures.data }, strapiUrl, todayInVietnamIso());
  },
  { keyParts: (event) => [documentIdParam(event)] },
);
