import { isFetchError } from '@strapi/strapi/admin';

/** The server's (Vietnamese) error message, or the fallback for network and unknown errors. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallback;
}

/** A stale version (HTTP 409): someone acted on the item first; the panel offers to reload. */
export function isConflict(error: unknown): boolean {
  return isFetchError(error) && error.status === 409;
}
