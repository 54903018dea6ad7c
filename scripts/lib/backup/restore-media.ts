/**
 * Copies media files from a backup into the store, checking each file's SHA-256 as it streams
 * (and, when sealed, its GCM tag): a file that does not match is not kept.
 */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { Manifest, UploadFile } from './manifest.ts';
import type { MediaStore } from './media-store.ts';
import { openEntry } from './read-backup.ts';

function checking(entry: UploadFile): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const sha = hash.digest('hex');
      done(sha === entry.sha256 && size === entry.size ? null : new Error(`${entry.key}: checksum mismatch while restoring`));
    },
  });
}

export async function copyMedia(
  dir: string,
  manifest: Manifest,
  key: Buffer | null,
  store: MediaStore,
  entries: UploadFile[],
): Promise<number> {
  let bytes = 0;
  let next = 0;
  const workers = Array.from({ length: Math.min(4, entries.length) }, async () => {
    while (next < entries.length) {
      const entry = entries[next++] as UploadFile;
      const source = await openEntry(dir, manifest, entry, key);
      const checked = source.pipe(checking(entry));
      source.on('error', (error) => checked.destroy(error));
      await store.write(entry.key, checked, entry.contentType);
      bytes += entry.size;
    }
  });
  await Promise.all(workers);
  return bytes;
}
