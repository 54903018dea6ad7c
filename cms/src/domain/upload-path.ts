/**
 * Addresses of stored uploads, as Strapi's local provider writes them: `/uploads/<hash><ext>` for
 * the original, `/uploads/<format>_<hash><ext>` for the thumbnail and responsive formats. The
 * commune-tenancy plugin names stored files after their commune (`<slug>_…`), and a format may get
 * that prefix before or after its format name (Strapi names formats concurrently with storing the
 * original), so a format of `khanh-khe_anh_d605bcab51` is stored as
 * `khanh-khe_thumbnail_anh_d605bcab51` or `khanh-khe_small_khanh-khe_anh_d605bcab51`.
 *
 * Pure: used by the /uploads serving middleware and the rich-text image check.
 */

/** One stored file name: what the local provider writes (no directories, no encoding needed). */
const STORED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;
/**
 * The one folder an S3 key may have: the commune's slug, or `_province` for files of no commune
 * (README "Media storage (local or S3)"). The local provider writes no folders.
 */
const STORED_FOLDER = /^(?:[a-z0-9][a-z0-9-]{0,62}|_province)$/;

/**
 * The `/uploads/<name>` (local disk) or `/uploads/<folder>/<name>` (S3 key) path an URL or path
 * names, or null when it is not one of our stored files (another host, a query string, deeper
 * folders, `..`).
 */
export function storedUploadPath(url: string): string | null {
  if (!url.startsWith('/uploads/')) return null;
  const parts = url.slice('/uploads/'.length).split('/');
  if (parts.length > 2) return null;
  const name = parts[parts.length - 1] ?? '';
  const folder = parts.length === 2 ? (parts[0] ?? '') : null;
  if (folder !== null && !STORED_FOLDER.test(folder)) return null;
  return STORED_NAME.test(name) && !name.includes('..') ? `/uploads/${parts.join('/')}` : null;
}

/** The file name of a stored upload path (its last segment), for the hash lookup. */
export const storedFileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The hashes of the original a stored file name may belong to: the name itself (an original) and,
 * for a format, every `_`-separated tail of its stem, also behind the first segment (the commune
 * prefix placed before the format name). The caller confirms the match against the stored row.
 */
export function originalHashCandidates(fileName: string): string[] {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const segments = stem.split('_');
  const candidates = new Set<string>([stem]);
  for (let start = 1; start < segments.length; start += 1) {
    const tail = segments.slice(start).join('_');
    candidates.add(tail);
    if (start >= 2) candidates.add(`${segments[0]}_${tail}`);
  }
  return [...candidates];
}

export interface StoredFileRow {
  url: string;
  formats: Record<string, { url?: unknown } | null> | null;
}

/** Whether a stored row is the file at `path`: its original or one of its formats. */
export function rowServesPath(row: StoredFileRow, path: string): boolean {
  if (row.url === path) return true;
  return Object.values(row.formats ?? {}).some((format) => format?.url === path);
}
