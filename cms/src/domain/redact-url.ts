/**
 * Request URLs, and any other text, as they may be logged: secrets carried in the query string are replaced by
 * `[REDACTED]`. Strapi's invitation link (`/admin/registration-info?registrationToken=…`), a
 * password-reset link (`?code=…`), and any token or JWT a client put in the URL would otherwise
 * sit in the log for anyone who can read it.
 *
 * `redactText` applies the same rules to free text (an error message, a log line that quotes a
 * URL or an Authorization header), for the structured log's `message`.
 *
 * Pure: string in, string out.
 */

/** Query parameters whose value is a secret, compared case-insensitively. */
const SECRET_PARAMETERS = new Set([
  'registrationtoken',
  'resetpasswordtoken',
  'confirmation',
  'code',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'jwt',
  'password',
  'secret',
  'key',
  'api_key',
  'apikey',
]);

/** A JWT (three base64url parts, the first a JSON header `{"…`), wherever it appears. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
/** Long hexadecimal runs: Strapi's API and transfer tokens, invitation and reset tokens. */
const LONG_HEX = /\b[0-9a-f]{32,}\b/gi;

export const REDACTED = '[REDACTED]';

export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? null : url.slice(queryStart + 1);
  const redactedQuery =
    query === null
      ? null
      : query
          .split('&')
          .map((pair) => {
            const equals = pair.indexOf('=');
            if (equals === -1) return pair;
            const name = safeDecode(pair.slice(0, equals)).toLowerCase();
            return SECRET_PARAMETERS.has(name) ? `${pair.slice(0, equals)}=${REDACTED}` : pair;
          })
          .join('&');
  const joined = redactedQuery === null ? path : `${path}?${redactedQuery}`;
  return joined.replace(JWT, REDACTED).replace(LONG_HEX, REDACTED);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `Bearer <anything>` / `Basic <anything>`: a credential quoted from a header. */
const AUTHORIZATION = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** `name=value` of a secret parameter inside free text (a URL quoted in an error message). */
const SECRET_PAIR = new RegExp(`([?&;\\s"'](?:${[...SECRET_PARAMETERS].join('|')})=)[^&\\s"';]+`, 'gi');

export function redactText(text: string): string {
  return text
    .replace(AUTHORIZATION, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(SECRET_PAIR, (_match, name: string) => `${name}${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(LONG_HEX, REDACTED);
}
