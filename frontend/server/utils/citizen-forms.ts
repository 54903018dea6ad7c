/**
 * The public site's three write paths: the question form, a consultation's comment form and the
 * page rating. Which paths they are (for the read-only guard and the page cache), and how a
 * posted form becomes the request Strapi checks. Values go on as typed: the rules (required
 * fields, sizes, formats, links, duplicates, rates) live in Strapi alone, which answers with the
 * messages the form shows.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { CommentSubmission, QuestionSubmission, RatingSubmission } from '../../../plugins/citizen-voice/shared';

export const QUESTION_FORM_PATH = '/hoi-dap/gui-cau-hoi';
export const QUESTION_STATUS_PATH = '/hoi-dap/tra-cuu';
export const RATING_PATH = '/danh-gia';
const CONSULTATION_PAGE = /^\/lay-y-kien\/([^/?#]+)\/?$/;

export type FormTarget = { form: 'question' } | { form: 'comment'; slug: string } | { form: 'rating' };

const pathOf = (url: string): string => url.split(/[?#]/)[0] ?? '';

/** The form a POST to this address is for; null: the site answers 405. */
export function formTarget(url: string): FormTarget | null {
  const path = pathOf(url);
  if (path === QUESTION_FORM_PATH) return { form: 'question' };
  if (path === RATING_PATH) return { form: 'rating' };
  const consultation = CONSULTATION_PAGE.exec(path);
  if (consultation?.[1]) {
    try {
      return { form: 'comment', slug: decodeURIComponent(consultation[1]) };
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Pages made for one request and never kept by the page cache: the forms (each carries its own
 * form token) and the tracking page (a citizen's own code). A consultation's page has the
 * comment form while it is open.
 */
export function isPrivatePage(url: string): boolean {
  const path = pathOf(url);
  return path === QUESTION_FORM_PATH || path === QUESTION_STATUS_PATH || CONSULTATION_PAGE.test(path);
}

/** The names of the forms' fields, as the pages write them. */
export const FIELD_NAMES = {
  kind: 'kind',
  fullName: 'fullName',
  phone: 'phone',
  email: 'email',
  address: 'address',
  topic: 'topic',
  body: 'body',
  consent: 'consent',
  website: 'website',
  formToken: 'formToken',
  challengeToken: 'challengeToken',
  challengeAnswer: 'challengeAnswer',
} as const;

/** What the citizen typed, every field, for the form shown again after a refusal. */
export function typedValues(form: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of Object.values(FIELD_NAMES)) {
    const value = form.get(name);
    if (value !== null) values[name] = value;
  }
  return values;
}

/** An optional field left empty is not sent (Strapi would otherwise check an empty e-mail address). */
function optional(form: URLSearchParams, name: string): string | undefined {
  const value = form.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}

function guard(form: URLSearchParams, client: string): Pick<QuestionSubmission, 'client' | 'formToken' | 'website' | 'challenge'> {
  const challengeToken = optional(form, FIELD_NAMES.challengeToken);
  return {
    client,
    formToken: form.get(FIELD_NAMES.formToken) ?? '',
    ...(optional(form, FIELD_NAMES.website) !== undefined ? { website: form.get(FIELD_NAMES.website) ?? '' } : {}),
    ...(challengeToken ? { challenge: { token: challengeToken, answer: form.get(FIELD_NAMES.challengeAnswer) ?? '' } } : {}),
  };
}

function contact(form: URLSearchParams): Pick<QuestionSubmission, 'fullName' | 'phone' | 'email' | 'address' | 'consent'> {
  const phone = optional(form, FIELD_NAMES.phone);
  const email = optional(form, FIELD_NAMES.email);
  const address = optional(form, FIELD_NAMES.address);
  return {
    fullName: form.get(FIELD_NAMES.fullName) ?? '',
    ...(phone !== undefined ? { phone } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(address !== undefined ? { address } : {}),
    // A checkbox is sent only when ticked.
    consent: form.get(FIELD_NAMES.consent) !== null,
  };
}

/** The question as sent: kind and topic as chosen (Strapi refuses what is not one of its own). */
export type SentQuestion = Omit<QuestionSubmission, 'kind'> & { kind: string };

export function questionSubmission(form: URLSearchParams, client: string): SentQuestion {
  return {
    ...guard(form, client),
    ...contact(form),
    kind: form.get(FIELD_NAMES.kind) ?? '',
    topic: form.get(FIELD_NAMES.topic) ?? '',
    body: form.get(FIELD_NAMES.body) ?? '',
  };
}

export function commentSubmission(form: URLSearchParams, client: string): CommentSubmission {
  return { ...guard(form, client), ...contact(form), body: form.get(FIELD_NAMES.body) ?? '' };
}

/** The rating form: `path` (hidden), a yes/no button (`useful`), an optional comment, the honeypot. */
export function ratingSubmission(form: URLSearchParams, visitor: string, client: string): RatingSubmission | null {
  const path = form.get('path') ?? '';
  const useful = form.get('useful');
  if (useful !== 'yes' && useful !== 'no') return null;
  const comment = optional(form, 'comment');
  const website = optional(form, FIELD_NAMES.website);
  return {
    visitor,
    client,
    path,
    useful: useful === 'yes',
    ...(comment !== undefined ? { comment } : {}),
    ...(website !== undefined ? { website } : {}),
  };
}
