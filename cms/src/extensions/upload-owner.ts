/**
 * Whose file a stored upload is, from the media library's rows (the tenancy plugin's `communeId`
 * column), never from its name: the seed's files and province IT's carry no commune prefix.
 *
 * Read with plain SQL: the answer is needed where no admin user is logged in (the public site's
 * /uploads proxy) and must be the row's real owner, not what a guarded query would show.
 *
 * A file's commune may see it; so may every commune for a file of no commune (province IT's own
 * uploads, e.g. a logo set on the communes settings page): that is province content, not another
 * commune's.
 */
import type { Core } from '@strapi/strapi';
import { originalHashCandidates, rowServesPath, storedFileName, storedUploadPath, type StoredFileRow } from '../domain/upload-path';

interface RawResult<Row> {
  rows: Row[];
}

interface OwnerRow {
  url: string;
  /** Strapi's PostgreSQL connection hands JSON columns over as text. */
  formats: string | StoredFileRow['formats'];
  commune_id: number | null;
}

function parsedFormats(value: OwnerRow['formats']): StoredFileRow['formats'] {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as StoredFileRow['formats']) : null;
  } catch {
    return null;
  }
}

export interface UploadOwner {
  communeId: number | null;
  /** The address to store: `/uploads/<name>` for local files (served by each site), else the stored URL. */
  url: string;
}

/**
 * Indexes for the lookups below; Strapi's schema has none on these columns. Created after every
 * schema sync (IF NOT EXISTS: a no-op once they exist).
 */
export function ensureUploadLookupIndexes(strapi: Core.Strapi): void {
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS files_url_lookup_idx ON files (url)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS files_hash_lookup_idx ON files (hash)');
  });
}

/**
 * The stored file an address names, or null. Accepted forms: `/uploads/<name>` (an original or one
 * of its formats), the same with any origin in front (the admin's blocks editor writes
 * `<admin origin>/uploads/<name>`; the answer's `url` is then the relative form, so no other host
 * is ever kept), and the exact URL of a file stored elsewhere (S3).
 */
export async function findUploadOwner(strapi: Core.Strapi, url: string): Promise<UploadOwner | null> {
  let path = storedUploadPath(url);
  if (!path && /^https?:\/\//i.test(url)) {
    const exact = (await strapi.db.connection.raw('SELECT commune_id FROM files WHERE url = ? LIMIT 1', [url])) as RawResult<{
      commune_id: number | null;
    }>;
    const row = exact.rows[0];
    if (row) return { communeId: row.commune_id, url };
    try {
      const parsed = new URL(url);
      if (!parsed.search && !parsed.hash && !parsed.username && !parsed.password) path = storedUploadPath(parsed.pathname);
    } catch {
      path = null;
    }
  }
  if (!path) return null;
  const name = storedFileName(path);
  const rows = (await strapi.db
    .connection('files')
    .select('url', 'formats', 'commune_id')
    .where('url', path)
    .orWhereIn('hash', originalHashCandidates(name))
    .limit(20)) as OwnerRow[];
  const row = rows.find((candidate) => rowServesPath({ url: candidate.url, formats: parsedFormats(candidate.formats) }, path));
  return row ? { communeId: row.commune_id, url: path } : null;
}

/** Whether a commune's site may show (or link to) the stored file. */
export const ownerAllows = (owner: UploadOwner | null, communeId: number | null): boolean =>
  owner !== null && (owner.communeId === null || owner.communeId === communeId);
