import { z } from 'zod';
import { uploadContentType, uploadResponsePolicy } from '../../utils/upload-content-type';

/**
 * Serves Strapi's uploads on the site's own origin (`/uploads/…`), so the browser never talks
 * to Strapi. Streams the file through; Strapi names uploads with a content hash, so the
 * response may be cached for a long time.
 *
 * Only the commune's own files, on the commune's own domains: the request names the commune to
 * Strapi (`x-commune`), which answers 404 for another commune's file (the media library's rows
 * decide, cms/src/middlewares/upload-serving.ts); a host no commune serves is 404 here. Pictures and
 * PDFs are shown inline; anything else is a download, and nothing but a PDF runs outside a sandbox.
 *
 * The store behind Strapi does not matter here: files on its disk are `/uploads/<name>`, objects
 * in the S3 bucket `/uploads/<commune slug or _province>/<name>`, and Strapi streams either after
 * the same ownership check (README "Media storage (local or S3)").
 */

/** One path segment of an upload: no `..`, no dotfiles, nothing that needs decoding. */
const segments = z
  .array(z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/))
  .min(1)
  .max(8);

const REQUEST_HEADERS = ['range', 'if-range', 'if-none-match', 'if-modified-since'] as const;
const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'etag', 'last-modified'] as const;
/** Time to the first byte; the transfer itself may take long on a slow phone connection. */
const CONNECT_TIMEOUT_MS = 10_000;

export default defineEventHandler(async (event) => {
  const parsed = segments.safeParse((getRouterParam(event, 'path', { decode: true }) ?? '').split('/'));
  if (!parsed.success) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }

  const commune = await requireCommune(event);
  const { strapiUrl } = useRuntimeConfig();
  const target = `${strapiUrl.replace(/\/+$/, '')}/uploads/${parsed.data.join('/')}`;
  // identity: fetch would decompress a compressed body and make content-length wrong.
  const headers = new Headers({ 'accept-encoding': 'identity', 'x-commune': commune.slug });
  for (const name of REQUEST_HEADERS) {
    const value = getRequestHeader(event, name);
    if (value) headers.set(name, value);
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONNECT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(target, { headers, signal: controller.signal, redirect: 'error' });
  } catch (error) {
    console.error(`[uploads] GET ${target} failed: ${error instanceof Error ? error.message : String(error)}`);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway' });
  } finally {
    clearTimeout(timer);
  }

  if (!response.ok && response.status !== 304) {
    await response.body?.cancel();
    if (response.status === 404 || response.status === 416) {
      throw createError({ statusCode: response.status, statusMessage: response.statusText });
    }
    console.error(`[uploads] GET ${target} answered ${response.status}`);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway' });
  }

  setResponseStatus(event, response.status);
  for (const name of RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value) setResponseHeader(event, name, value);
  }
  setResponseHeaders(event, {
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  // A PDF must be `application/pdf` for the document page's inline preview (see upload-content-type.ts).
  const contentType = uploadContentType(response.headers.get('content-type'), parsed.data.at(-1) ?? '');
  setResponseHeader(event, 'content-type', contentType);
  // Uploads share the commune's origin: whatever got stored must not run script there.
  const policy = uploadResponsePolicy(contentType);
  setResponseHeader(event, 'content-disposition', policy.disposition);
  if (policy.contentSecurityPolicy) setResponseHeader(event, 'content-security-policy', policy.contentSecurityPolicy);

  if (!response.body || response.status === 304) return null;
  return sendStream(event, response.body);
});
