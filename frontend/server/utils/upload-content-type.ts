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
 * Types given from the extension of a generically typed upload: the files editors attach to
 * documents and procedures. Never a type a browser runs script in (HTML, SVG, XML): those stay
 * generic and are downloaded, not opened.
 */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
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
