/**
 * The preview link's token: a signed, short-lived statement "admin user U may see the draft of
 * item D (type T) of commune C until E". Stateless (HMAC-SHA256), so any CMS process verifies
 * what another signed; nothing is stored. Carried in the path of the site's preview page, so it
 * is URL-safe: `<base64url(JSON)>.<base64url(HMAC)>`.
 *
 * Pure: the caller passes the key and the clock. Node's crypto only (no Strapi).
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface PreviewClaims {
  /** Content type UID (`api::article.article`). */
  uid: string;
  documentId: string;
  /** The language version shown, for localised types (introduction pages); absent for the others. */
  locale?: string;
  /** Slug of the item's commune: the only site the link opens on. */
  commune: string;
  /** The admin user it was issued to; checked again when it is opened. */
  userId: number;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/** How long a link opens: long enough to read the draft, short enough that a leaked one is soon dead. */
export const PREVIEW_TTL_SECONDS = 10 * 60;

/** Tokens longer than this are refused before any work (the path carries them). */
export const MAX_TOKEN_LENGTH = 600;

/** An expired link still says (truthfully: it is signed) whose it was, so that a misplaced one is refused as such. */
export type VerifyResult =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'malformed' | 'signature' }
  | { ok: false; reason: 'expired'; claims: PreviewClaims };

const b64 = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/**
 * The signing key. PREVIEW_SECRET when set; otherwise derived from the admin's JWT secret with
 * HKDF under a label of its own, so one fewer secret to manage and the two keys are never the
 * same bytes (a preview token cannot pass as an admin JWT, nor the reverse).
 */
export function previewKey(previewSecret: string | undefined, adminJwtSecret: string): Buffer {
  if (previewSecret && previewSecret.trim() !== '') return Buffer.from(previewSecret, 'utf8');
  if (!adminJwtSecret) throw new Error('Neither PREVIEW_SECRET nor ADMIN_JWT_SECRET is set: preview links cannot be signed');
  return Buffer.from(hkdfSync('sha256', adminJwtSecret, 'commune-portal', 'preview-link/v1', 32));
}

const mac = (key: Buffer, payload: string): Buffer => createHmac('sha256', key).update(payload).digest();

export function signPreviewToken(claims: PreviewClaims, key: Buffer): string {
  const payload = b64(
    JSON.stringify({
      t: claims.uid,
      d: claims.documentId,
      ...(claims.locale ? { l: claims.locale } : {}),
      c: claims.commune,
      u: claims.userId,
      e: claims.expiresAt,
    }),
  );
  return `${payload}.${b64(mac(key, payload))}`;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{43}$/;

function claimsOf(value: unknown): PreviewClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const { t, d, l, c, u, e } = value as Record<string, unknown>;
  if (typeof t !== 'string' || !/^[a-z]+::[a-z0-9-]+\.[a-z0-9-]+$/.test(t)) return null;
  if (typeof d !== 'string' || !/^[a-z0-9]{1,64}$/.test(d)) return null;
  if (l !== undefined && (typeof l !== 'string' || !/^[a-z]{2}(?:-[A-Z]{2})?$/.test(l))) return null;
  if (typeof c !== 'string' || !/^[a-z0-9-]{1,100}$/.test(c)) return null;
  if (typeof u !== 'number' || !Number.isSafeInteger(u) || u < 1) return null;
  if (typeof e !== 'number' || !Number.isSafeInteger(e)) return null;
  return { uid: t, documentId: d, ...(typeof l === 'string' ? { locale: l } : {}), commune: c, userId: u, expiresAt: e };
}

/** Checks the shape, then the signature (in constant time), then the expiry. */
export function verifyPreviewToken(token: string, key: Buffer, nowSeconds: number): VerifyResult {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return { ok: false, reason: 'malformed' };
  const [payload = '', signature = ''] = token.split('.');
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = claimsOf(parsed);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.expiresAt <= nowSeconds) return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}
