/**
 * What a search page says when its BFF call failed: the BFF's own Vietnamese message for a
 * query it refused (400), the generic "unavailable" text for anything else.
 */
export function searchErrorText(error: { status?: number; statusCode?: number; data?: unknown } | null | undefined): string {
  const status = error?.status ?? error?.statusCode;
  const data = error?.data;
  if (status === 400 && typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    return data.message;
  }
  return ERROR_TEXT.unavailable;
}
