/**
 * What a Strapi error answer to one of the site's writes says: its `error` object, and the parts of
 * `error.details` the citizen's form shows (strapi-write.ts sends the writes).
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { SubmissionRefusal } from '../../../plugins/citizen-voice/shared';

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `body.error` of a Strapi error answer, when it is an object. */
export function strapiErrorOf(body: unknown): Record<string, unknown> | null {
  return record(record(body)?.error);
}

/** `error.details` as a SubmissionRefusal, keeping only well-formed parts. */
export function toRefusal(details: unknown): SubmissionRefusal {
  const raw = record(details);
  if (!raw) return {};
  const refusal: SubmissionRefusal = {};
  const fields = record(raw.fields);
  if (fields) {
    refusal.fields = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  const challenge = record(raw.challenge);
  if (challenge && typeof challenge.question === 'string' && typeof challenge.token === 'string') {
    refusal.challenge = { question: challenge.question, token: challenge.token };
  }
  if (typeof raw.retryAfter === 'number' && Number.isFinite(raw.retryAfter)) refusal.retryAfter = raw.retryAfter;
  return refusal;
}
