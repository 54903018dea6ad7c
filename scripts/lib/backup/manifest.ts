/**
 * One backup is one folder, `commune-backup-<UTC time>`, written as `<name>.partial` and renamed
 * when complete (README "Backups and restore"):
 *
 *   manifest.json            what is in it, SHA-256 of every file, the schema's version
 *   database.dump            pg_dump -Fc of the whole database, from one snapshot
 *   uploads/<key>            every stored media file (its name on disk, its key on S3)
 *
 * With a key (BACKUP_KEY_FILE) every file, the manifest too, is sealed (`.enc`, encryption.ts).
 */
import path from 'node:path';

export const BACKUP_FORMAT = 'commune-backup/1';
export const NAME_PATTERN = /^commune-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
export const PARTIAL_SUFFIX = '.partial';

export interface StoredFile {
  /** Path inside the backup folder, `/`-separated, with `.enc` when sealed. */
  path: string;
  /** Bytes and SHA-256 of the content (before sealing). */
  size: number;
  sha256: string;
  /** Bytes and SHA-256 of the file as stored (equal to the above when not sealed). */
  storedSize: number;
  storedSha256: string;
}

export interface UploadFile extends StoredFile {
  key: string;
  contentType?: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  name: string;
  createdAt: string;
  encrypted: boolean;
  schema: {
    /** database/migrations applied (commune_sql_migrations), in order. */
    sqlMigrations: string[];
    strapiVersion: string;
    postgresVersion: string;
  };
  database: StoredFile;
  storage: { kind: 'local' | 's3'; description: string };
  uploads: UploadFile[];
  communes: Array<{ id: number; slug: string; files: number }>;
  /** Keys the database's rows name that were not in the store when the backup ran. */
  missingUploads: string[];
  seconds: number;
}

export const manifestPath = (encrypted: boolean): string => (encrypted ? 'manifest.json.enc' : 'manifest.json');
export const databasePath = (encrypted: boolean): string => (encrypted ? 'database.dump.enc' : 'database.dump');
export const uploadPath = (key: string, encrypted: boolean): string => `uploads/${key}${encrypted ? '.enc' : ''}`;

/** `commune-backup-2026-12-06T093000Z` for a date. */
export function backupName(date: Date): string {
  const iso = date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '');
  return `commune-backup-${iso}`;
}

/** The time a backup's name says, or null for anything that is not a backup's name. */
export function backupTime(name: string): Date | null {
  const match = NAME_PATTERN.exec(path.basename(name));
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/** A stored URL (`/uploads/<key>`, or the S3 public URL + key) as the store's key. */
export function keyOfStoredUrl(url: string, publicUrl: string | null): string | null {
  if (url.startsWith('/uploads/')) return url.slice('/uploads/'.length);
  if (publicUrl && url.startsWith(`${publicUrl}/`)) return url.slice(publicUrl.length + 1);
  return null;
}

interface FileRow {
  url: string | null;
  formats: Record<string, { url?: unknown } | null> | string | null;
}

/** Every key a media library row names: the original and each format. */
export function keysOfFileRow(row: FileRow, publicUrl: string | null): string[] {
  const formats = typeof row.formats === 'string' ? (JSON.parse(row.formats) as Record<string, { url?: unknown } | null>) : row.formats;
  const urls = [row.url, ...Object.values(formats ?? {}).map((format) => format?.url)];
  const keys = urls.filter((url): url is string => typeof url === 'string').map((url) => keyOfStoredUrl(url, publicUrl));
  return [...new Set(keys.filter((key): key is string => key !== null))];
}
