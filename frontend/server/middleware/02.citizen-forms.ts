/**
 * A citizen's question or comment, posted by a plain HTML form (no JavaScript): read with a size
 * limit, sent on to Strapi as typed with the keyed hash of the sender's address, then either
 * redirected (303, post/redirect/get) to the tracking page or the consultation's thank-you, or,
 * refused, handed to the page renderer with everything typed and Strapi's Vietnamese messages,
 * under Strapi's status (400, 404, 429). The rating has a route of its own (routes/danh-gia.post.ts).
 */
import type { H3Event } from 'h3';
import type { CommentReceipt, QuestionReceipt } from '#citizen-voice';
import type { StrapiList } from '../utils/content';
import { unwrapData, CONSULTATION_SUMMARY_FIELDS, consultationPath, type RawConsultation } from '../utils/citizen-voice-content';
import { clientKey } from '../utils/citizen-request';
import { commentSubmission, formTarget, questionSubmission, typedValues, QUESTION_STATUS_PATH } from '../utils/citizen-forms';
import { readFormBody } from '../utils/form-body';
import type { StrapiWriteResult } from '../utils/strapi-write';
import { strapiPost } from '../utils/strapi-write';
import { isEntryKey } from '../utils/detail-handler';
import { ERROR_TEXT } from '../../app/utils/error-text';

function refused(
  event: H3Event,
  form: 'question' | 'comment',
  body: URLSearchParams,
  result: Extract<StrapiWriteResult<unknown>, { ok: false }>,
): void {
  event.context.citizenForm = {
    form,
    values: typedValues(body),
    status: result.status,
    message: result.message,
    fields: result.details.fields ?? {},
    challenge: result.details.challenge ?? null,
  };
  setResponseStatus(event, result.status);
  if (result.details.retryAfter) setResponseHeader(event, 'retry-after', Math.ceil(result.details.retryAfter));
}

/** The published consultation behind `/lay-y-kien/<slug>` in this commune, or a 404. */
async function consultationOf(event: H3Event, communeSlug: string, key: string): Promise<RawConsultation> {
  const notFound = () =>
    createError({ statusCode: 404, statusMessage: 'Consultation Not Found', message: ERROR_TEXT.consultationNotFound });
  if (!isEntryKey(key)) throw notFound();
  const found = await strapiGet<StrapiList<RawConsultation>>(event, '/api/consultations', {
    filters: { ...communeFilter(communeSlug), $or: [{ slug: { $eq: key } }, { documentId: { $eq: key } }] },
    fields: [...CONSULTATION_SUMMARY_FIELDS],
    pagination: { page: 1, pageSize: 1 },
  });
  const consultation = found.data[0];
  if (!consultation) throw notFound();
  return consultation;
}

export default defineEventHandler(async (event) => {
  if (event.method !== 'POST') return;
  const target = formTarget(event.path);
  if (!target || target.form === 'rating') return;
  const commune = await requireCommune(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  const body = await readFormBody(event);
  const client = clientKey(event);

  if (target.form === 'question') {
    const result = await strapiPost<QuestionReceipt | { data: QuestionReceipt }>(
      event,
      commune.slug,
      '/api/citizen-voice/questions',
      questionSubmission(body, client),
    );
    if (result.ok) return sendRedirect(event, `${QUESTION_STATUS_PATH}?ma=${encodeURIComponent(unwrapData(result.body).code)}`, 303);
    refused(event, 'question', body, result);
    return;
  }

  const consultation = await consultationOf(event, commune.slug, target.slug);
  const result = await strapiPost<CommentReceipt | { data: CommentReceipt }>(
    event,
    commune.slug,
    `/api/citizen-voice/consultations/${encodeURIComponent(consultation.documentId)}/comments`,
    commentSubmission(body, client),
  );
  if (result.ok)
    return sendRedirect(event, `${consultationPath(consultation)}?da-gui=${encodeURIComponent(unwrapData(result.body).code)}#gop-y`, 303);
  refused(event, 'comment', body, result);
});
