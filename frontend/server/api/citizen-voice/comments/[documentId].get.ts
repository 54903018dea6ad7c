import type { PublicCommentList } from '#citizen-voice';
import { isDocumentId } from '../../../utils/document-content';

/**
 * The approved comments of one consultation (initials, date, text), if it shows them. Briefly
 * cached: a comment the board approves appears within seconds.
 */
export default defineCommuneCachedHandler(
  'consultation-comments',
  async (event): Promise<PublicCommentList> => {
    const documentId = getRouterParam(event, 'documentId') ?? '';
    if (!isDocumentId(documentId)) throw createError({ statusCode: 404, statusMessage: 'Consultation Not Found' });
    return strapiGet<PublicCommentList>(event, `/api/citizen-voice/consultations/${documentId}/comments`);
  },
  { keyParts: (event) => [getRouterParam(event, 'documentId') ?? ''], maxAge: 5 },
);
