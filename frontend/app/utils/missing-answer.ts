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
    // The server renders the error page either way (no client-side app). A 404 is everyday
    // traffic (old links, crawlers): not fatal, so Nitro logs no stack trace for it; a 502 is logged.
    fatal: !isNotFound,
  });
}
