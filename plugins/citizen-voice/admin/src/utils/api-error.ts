import { isFetchError } from '@strapi/strapi/admin';

/**
 * Our servers' refusals are Vietnamese and shown as they come; Strapi's own generic ones
 * ("Forbidden", "Not Found"…) are English and plain ASCII. Vietnamese always has a letter
 * outside ASCII (đ, ư, ơ, tones), so a message without one is not shown to editors.
 */
const looksVietnamese = (message: string): boolean => /[^\u0020-\u007e]/.test(message);

/** The server's (Vietnamese) error message, or the fallback for network, generic and unknown errors. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim() !== '' && looksVietnamese(message)) return message;
  }
  return fallback;
}

/** The server refused the user (HTTP 403): not on this commune's board. */
export function isForbidden(error: unknown): boolean {
  return isFetchError(error) && error.status === 403;
}
