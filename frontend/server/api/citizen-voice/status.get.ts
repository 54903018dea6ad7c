import type { QuestionStatus } from '#citizen-voice';
import { queryText } from '#shared/utils/search';
import { unwrapData } from '../../utils/citizen-voice-content';

/** A tracking code as the form gives it: letters, digits and hyphens, at most 20 characters. */
const CODE = /^[A-Za-z0-9-]{4,20}$/;

/**
 * `?code=`: where a question stands (no personal data, not even the question's text). Not
 * cached: the citizen comes back to see it change. 404 for a code this commune does not know.
 */
export default defineEventHandler(async (event): Promise<QuestionStatus> => {
  await requireCommune(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  const code = queryText(getQuery(event).code).toUpperCase();
  if (!CODE.test(code)) throw createError({ statusCode: 404, statusMessage: 'Tracking Code Not Found' });
  const status = await strapiGet<QuestionStatus | { data: QuestionStatus }>(event, '/api/citizen-voice/questions/status', { code });
  return unwrapData(status);
});
