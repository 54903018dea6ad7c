/**
 * Encryption at rest of the TOTP secrets: AES-256-GCM with a key derived (HKDF-SHA256) from
 * the admin's `secrets.encryptionKey` (ENCRYPTION_KEY, which production requires to be long and
 * random). A database dump alone gives no second factor. Stored form: `v1:<iv>:<tag>:<data>`
 * in base64url; the version lets a later key rotation tell old rows apart.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface SecretKeys {
  /** Encrypts the TOTP secrets. */
  encryption: Buffer;
  /** Keys the recovery code hashes. */
  recoveryHash: Buffer;
}

function derive(master: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(master, 'utf8'), Buffer.alloc(0), info, 32));
}

export function deriveKeys(encryptionKey: string): SecretKeys {
  if (encryptionKey.length < 16) throw new Error('two-factor: admin.secrets.encryptionKey (ENCRYPTION_KEY) is missing or too short');
  return {
    encryption: derive(encryptionKey, 'commune two-factor secret v1'),
    recoveryHash: derive(encryptionKey, 'commune two-factor recovery v1'),
  };
}

export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
}

export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(':');
  if (version !== 'v1' || iv === undefined || tag === undefined || data === undefined)
    throw new Error('two-factor: unknown sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
