import type { PublicApiList, PublicDocumentItem } from '#shared/types/public-api';
import { todayInVietnamIso } from '#shared/utils/search';
import { DOCUMENT_LIST_QUERY, documentApiItem, type RawPublicDocument } from '../../../utils/public-content';

/** `GET /api/public/v1/documents?page=&pageSize=`: the commune's documents, latest posted first. */
export default defineEventHandler((event): Promise<PublicApiList<PublicDocumentItem>> => {
  const today = todayInVietnamIso();
  return publicApiList<RawPublicDocument, PublicDocumentItem>(event, {
    strapiPath: '/api/documents',
    strapiQuery: DOCUMENT_LIST_QUERY,
    toItem: (document, origin) => documentApiItem(event, origin, document, today),
  });
});
