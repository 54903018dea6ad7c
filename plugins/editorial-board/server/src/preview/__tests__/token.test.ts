import { createHmac } from 'node:crypto';
import { PREVIEW_TTL_SECONDS, previewKey, signPreviewToken, verifyPreviewToken, type PreviewClaims } from '../token';
import { frameSourcesFor, siteOriginFor } from '../../../../shared/preview';

const key = previewKey('a-preview-secret-of-at-least-thirty-two-bytes', 'unused');
const now = 1_800_000_000;
const claims: PreviewClaims = {
  uid: 'api::article.article',
  documentId: 'a9fy8pwtq6ji5jd4b1md0nqc',
  commune: 'khanh-khe',
  userId: 7,
  expiresAt: now + PREVIEW_TTL_SECONDS,
};

describe('preview link tokens', () => {
  it('verify what was signed, until the expiry', () => {
    const token = signPreviewToken(claims, key);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyPreviewToken(token, key, now)).toEqual({ ok: true, claims });
    expect(verifyPreviewToken(token, key, claims.expiresAt - 1).ok).toBe(true);
    expect(verifyPreviewToken(token, key, claims.expiresAt)).toEqual({ ok: false, reason: 'expired', claims });
  });

  it('refuse another key, a changed payload, a changed signature and garbage', () => {
    const token = signPreviewToken(claims, key);
    const [payload = '', signature = ''] = token.split('.');
    expect(verifyPreviewToken(token, previewKey('another-secret-of-at-least-thirty-two-bytes', ''), now)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const changed = Buffer.from(
      JSON.stringify({ t: claims.uid, d: claims.documentId, c: 'son-giang', u: 7, e: claims.expiresAt }),
    ).toString('base64url');
    expect(verifyPreviewToken(`${changed}.${signature}`, key, now)).toEqual({ ok: false, reason: 'signature' });
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyPreviewToken(`${payload}.${flipped}`, key, now)).toEqual({ ok: false, reason: 'signature' });
    for (const garbage of ['', '.', 'x.y', `${payload}.${signature}.x`, `${'a'.repeat(700)}.${signature}`]) {
      expect(verifyPreviewToken(garbage, key, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuse a well-signed payload that is not a statement of ours', () => {
    for (const statement of [
      { t: 'api::article.article', d: '../x', c: 'khanh-khe', u: 7, e: now + 60 },
      { t: 'api::page.page', d: 'a9fy8pwtq6ji5jd4b1md0nqc', l: 'en/../vi', c: 'khanh-khe', u: 7, e: now + 60 },
    ]) {
      const payload = Buffer.from(JSON.stringify(statement)).toString('base64url');
      const signature = createHmac('sha256', key).update(payload).digest('base64url');
      expect(verifyPreviewToken(`${payload}.${signature}`, key, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('carry the language version of a localised page', () => {
    const page: PreviewClaims = { ...claims, uid: 'api::page.page', locale: 'en' };
    expect(verifyPreviewToken(signPreviewToken(page, key), key, now)).toEqual({ ok: true, claims: page });
  });

  it('derive a key of their own from the admin JWT secret when PREVIEW_SECRET is unset', () => {
    const derived = previewKey(undefined, 'the-admin-jwt-secret-of-thirty-two-bytes');
    expect(derived).toHaveLength(32);
    expect(derived.equals(Buffer.from('the-admin-jwt-secret-of-thirty-two-bytes'))).toBe(false);
    expect(previewKey('', 'the-admin-jwt-secret-of-thirty-two-bytes').equals(derived)).toBe(true);
    expect(() => previewKey(undefined, '')).toThrow(/PREVIEW_SECRET/);
  });
});

describe('preview link origins', () => {
  it('put the link on the commune’s domain, or its local name in development', () => {
    const commune = { slug: 'khanh-khe', primaryDomain: 'khanhkhe.langson.gov.vn' };
    expect(siteOriginFor('https://{domain}', commune)).toBe('https://khanhkhe.langson.gov.vn');
    expect(siteOriginFor('http://{slug}.localhost:3000', commune)).toBe('http://khanh-khe.localhost:3000');
  });

  it('let the admin frame only what the template can make', () => {
    expect(frameSourcesFor('https://{domain}')).toEqual(['https:']);
    expect(frameSourcesFor('http://{slug}.localhost:3000')).toEqual(['http://*.localhost:3000']);
  });
});
