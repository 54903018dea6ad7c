import type { PublicApiList, PublicDocumentItem } from '#shared/types/public-api';
import { todayInVietnamIso } from '#shared/utils/search';
import { absoluteUrl } from '../../../utils/feed-xml';
import {
  DOCUMENT_LIST_QUERY,
  documentNumberSymbol,
  documentPath,
  documentStatus,
  mediaUrl,
  uploadBytes,
  type RawPublicDocument,
} from '../../../utils/public-content';

/** `GET /api/public/v1/documents?page=&pageSize=`: the commune's documents, latest posted first. */
export default defineEventHandler((event): Promise<PublicApiList<PublicDocumentItem>> => {
  const today = todayInVietnamIso();
  return publicApiList<RawPublicDocument, PublicDocumentItem>(event, {
    strapiPath: '/api/documents',
    strapiQuery: DOCUMENT_LIST_QUERY,
    toItem: (document, origin) => ({
      id: document.documentId,
      numberSymbol: documentNumberSymbol(document),
      documentType: document.documentType ?? null,
      summary: document.summary?.trim() || null,
      issuingBody: document.issuingBody ?? null,
      signer: document.signer ?? null,
      signerPosition: document.signerPosition ?? null,
      field: document.field ?? null,
      issueDate: document.issueDate ?? null,
      effectiveDate: document.effectiveDate ?? null,
      expiryDate: document.expiryDate ?? null,
      status: documentStatus(document, today),
      publishedAt: document.publishedAt ?? null,
      updatedAt: document.updatedAt ?? null,
      url: absoluteUrl(origin, documentPath(document)),
      files: (document.files ?? [])
        .filter((file) => Boolean(file.url))
        .map((file) => ({
          name: file.name ?? '',
          url: mediaUrl(event, origin, file.url ?? ''),
          mime: file.mime ?? null,
          size: uploadBytes(file),
        })),
    }),
  });
});
