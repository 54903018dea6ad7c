/**
 * The Content-Type the site's `/uploads/…` route answers with. Strapi's local provider names
 * the type from the extension, but a file stored elsewhere (S3 with a generic type, a copy
 * restored from a backup) may come back as `application/octet-stream`; with `nosniff` the
 * browser would then download a PDF instead of showing it in the document page's preview.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */

/** Types that say nothing about the file. */
const GENERIC_TYPES: ReadonlySet<string> = new Set([
  'application/octet-stream',
  'binary/octet-stream',
  'application/binary',
  'application/x-download',
  'application/force-download',
  'application/unknown',
]);

/**
 * Types given from the extension of a generically typed upload: the kinds the CMS accepts
 * (cms/src/domain/file-kind.ts). Never a type a browser runs script in (HTML, SVG, XML): those stay
 * generic and are downloaded, not opened.
 */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export function uploadContentType(upstream: string | null | undefined, fileName: string): string {
  const declared = upstream?.trim() ?? '';
  const essence = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence !== '' && !GENERIC_TYPES.has(essence)) return declared;
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Shown by the browser itself: pictures in <img>, and PDFs in the document page's preview. */
const INLINE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf']);

/**
 * No script, no plugin, no form, in a unique origin: what an upload opened on the commune's domain
 * may do. Pictures still render (their image document needs its inline style).
 */
export const UPLOAD_SANDBOX_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

export interface UploadResponsePolicy {
  /** `inline` for pictures and PDFs; everything else (Word, Excel, and anything unexpected) is a download. */
  disposition: 'inline' | 'attachment';
  /**
   * The sandbox CSP, except for PDFs: Chrome's PDF viewer does not open in a sandboxed document,
   * and the document page previews PDFs inline. A PDF's scripts run in the viewer, never in the
   * page's origin, and the CMS accepts only files that are PDFs by content under that type.
   */
  contentSecurityPolicy: string | null;
}

export function uploadResponsePolicy(contentType: string): UploadResponsePolicy {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return {
    disposition: INLINE_TYPES.has(essence) ? 'inline' : 'attachment',
    contentSecurityPolicy: essence === 'application/pdf' ? null : UPLOAD_SANDBOX_CSP,
  };
}
