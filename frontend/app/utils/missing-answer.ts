/**
 * The error a page throws when the one BFF answer it is made of did not come: the page's own
 * "not found" text when the BFF said 404, the "temporarily unavailable" page (502) otherwise.
 */
export function missingAnswerError(error: { status?: number } | null | undefined, notFound: { statusText: string; message: string }) {
  const isNotFound = error?.status === 404;
  return createError({
    status: isNotFound ? 404 : 502,
    statusText: isNotFound ? notFound.statusText : 'Bad Gateway',
    message: isNotFound ? notFound.message : ERROR_TEXT.unavailable,
    fatal: true,
  });
}
