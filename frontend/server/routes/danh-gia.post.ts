import type { RatingReceipt } from '#citizen-voice';
import { isRatablePath } from '#shared/utils/citizen-voice';
import { clientKey, requestVisitor } from '../utils/citizen-request';
import { ratingSubmission } from '../utils/citizen-forms';
import { readFormBody } from '../utils/form-body';
import { ERROR_TEXT } from '../../app/utils/error-text';
import { strapiPost } from '../utils/strapi-write';

/** Where the rating form sits on every content page (components/citizen/PageRating.vue). */
const RATING_ANCHOR = '#danh-gia';

const badForm = () => createError({ statusCode: 400, statusMessage: 'Bad Request', message: ERROR_TEXT.ratingNotUnderstood });

/**
 * "Thông tin này có hữu ích không?": one vote per visitor, page and day, no cookie. The visitor
 * is the visit counter's daily hash; Strapi counts the vote (201) or has counted one today (200),
 * and either way the citizen is thanked on the page they came from (303). A refusal (a flood, a
 * comment too long) is said there too. The page itself stays the same for everyone: cached.
 */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  setResponseHeader(event, 'cache-control', 'no-store');
  const body = await readFormBody(event);
  const rating = ratingSubmission(body, requestVisitor(event), clientKey(event));
  // Checked here too: the answer is a redirect to this path, which must stay on this site.
  if (!rating || !isRatablePath(rating.path)) throw badForm();
  const result = await strapiPost<RatingReceipt>(event, commune.slug, '/api/citizen-voice/ratings', rating);
  const outcome = result.ok ? 'cam-on' : 'chua-ghi-nhan';
  return sendRedirect(event, `${rating.path}?danh-gia=${outcome}${RATING_ANCHOR}`, 303);
});
