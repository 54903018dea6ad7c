/**
 * Optional encryption of a backup with a key only the operator holds (BACKUP_KEY_FILE): every file
 * of the backup is sealed on its own with AES-256-GCM, streaming, so a backup of any size needs
 * no more memory than one chunk.
 *
 * Sealed file: `CPBK-GCM1` (9 bytes) · IV (12 random bytes) · ciphertext · tag (16 bytes). The
 * file's path inside the backup is the additional authenticated data, so sealed files cannot be
 * swapped or renamed without the tag failing. A wrong key, a changed byte or a truncated file
 * fails the tag, and nothing decrypted from it is trusted (restore verifies before it writes).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';

const MAGIC = Buffer.from('CPBK-GCM1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SEALED_SUFFIX = '.enc';

/** Reads a 32-byte key written as base64 or hex (e.g. `openssl rand -base64 32 > backup.key`). */
export async function readBackupKey(file: string): Promise<Buffer> {
  const text = (await readFile(file, 'utf8')).trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new Error(
      `BACKUP_KEY_FILE ${file} must hold 32 random bytes as base64 or hex (e.g. \`openssl rand -base64 32\`), not ${key.length} bytes`,
    );
  return key;
}

/** A transform that seals what passes through: header and IV first, the tag at the end. */
export function sealingStream(key: Buffer, name: string): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!started) {
        started = true;
        this.push(Buffer.concat([MAGIC, iv]));
      }
      done(null, cipher.update(chunk));
    },
    flush(done) {
      if (!started) this.push(Buffer.concat([MAGIC, iv]));
      const last = cipher.final();
      done(null, Buffer.concat([last, cipher.getAuthTag()]));
    },
  });
}

/**
 * The plaintext of a sealed file, streamed. The tag is read first (it is at the end); a wrong
 * key or any change makes the stream fail at its end — consumers must not keep what they read
 * from a stream that failed.
 */
export async function openSealed(file: string, key: Buffer, name: string): Promise<Readable> {
  const size = (await stat(file)).size;
  const headerBytes = MAGIC.length + IV_BYTES;
  if (size < headerBytes + TAG_BYTES) throw new Error(`${name}: too short to be a sealed backup file`);
  const handle = await open(file, 'r');
  const header = Buffer.alloc(headerBytes);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(header, 0, headerBytes, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${name}: not a sealed backup file (wrong header)`);
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(MAGIC.length));
  decipher.setAAD(Buffer.from(name, 'utf8'));
  decipher.setAuthTag(tag);
  const body = size - TAG_BYTES - headerBytes;
  const source = body > 0 ? createReadStream(file, { start: headerBytes, end: size - TAG_BYTES - 1 }) : null;
  const plain = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decipher.update(chunk));
    },
    flush(done) {
      try {
        done(null, decipher.final());
      } catch {
        done(new Error(`${name}: decryption failed (wrong key, or the file was changed or truncated)`));
      }
    },
  });
  if (source) {
    source.on('error', (error) => plain.destroy(error));
    return source.pipe(plain);
  }
  plain.end();
  return plain;
}
