import { isFetchError } from '@strapi/strapi/admin';
import { editorMessage } from './editor-message';

/** The server's Vietnamese error message, or the fallback for network, unknown and developer errors. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  return isFetchError(error) ? editorMessage(error.response?.data?.error?.message, fallback) : fallback;
}

/** A stale version (HTTP 409): someone acted on the item first; the panel offers to reload. */
export function isConflict(error: unknown): boolean {
  return isFetchError(error) && error.status === 409;
}
