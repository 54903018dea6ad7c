import { isFetchError } from '@strapi/strapi/admin';

/** The server's (Vietnamese) error message, or the fallback for network and unknown errors. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallback;
}

/** The server refused the user (HTTP 403): not on this commune's board. */
export function isForbidden(error: unknown): boolean {
  return isFetchError(error) && error.status === 403;
}
