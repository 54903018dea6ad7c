import { linkHost, linkOrigin, originFor, parseLinkSettings, type LinkSettings } from '../site-origin';

const KHANH_KHE = { primaryDomain: 'khanhkhe.langson.gov.vn', domainAliases: ['khanhkhe.localhost', 'KhanhKhe.Example.VN'] };
const PRODUCTION: LinkSettings = { scheme: 'https', port: null, devFallback: false };
const DEVELOPMENT: LinkSettings = { scheme: 'http', port: 3000, devFallback: true };

describe('parseLinkSettings', () => {
  it('defaults to https on the default port, without the development fallback', () => {
    expect(parseLinkSettings({})).toEqual({ ok: true, settings: PRODUCTION });
    expect(parseLinkSettings({ siteScheme: '', sitePort: '', devCommuneFallback: false })).toEqual({ ok: true, settings: PRODUCTION });
  });

  it('reads the development settings npm start gives (Nuxt turns numbers and booleans into values)', () => {
    expect(parseLinkSettings({ siteScheme: 'http', sitePort: 3000, devCommuneFallback: true })).toEqual({
      ok: true,
      settings: DEVELOPMENT,
    });
    expect(parseLinkSettings({ siteScheme: 'HTTP', sitePort: '3000', devCommuneFallback: 'true' })).toEqual({
      ok: true,
      settings: DEVELOPMENT,
    });
  });

  it("drops a port that is the scheme's default", () => {
    expect(parseLinkSettings({ siteScheme: 'https', sitePort: 443 })).toEqual({ ok: true, settings: PRODUCTION });
    expect(parseLinkSettings({ siteScheme: 'http', sitePort: '80' })).toEqual({
      ok: true,
      settings: { scheme: 'http', port: null, devFallback: false },
    });
    expect(parseLinkSettings({ siteScheme: 'https', sitePort: 80 })).toEqual({
      ok: true,
      settings: { scheme: 'https', port: 80, devFallback: false },
    });
  });

  it('turns the fallback on only for true', () => {
    for (const value of [false, 'false', 'yes', 1, '', undefined]) {
      expect(parseLinkSettings({ devCommuneFallback: value })).toMatchObject({ ok: true, settings: { devFallback: false } });
    }
  });

  it.each([
    [{ siteScheme: 'ftp' }, 'NUXT_SITE_SCHEME must be "https" or "http", not "ftp"'],
    [{ siteScheme: 'https://' }, 'NUXT_SITE_SCHEME must be "https" or "http", not "https://"'],
    [{ sitePort: 70000 }, 'NUXT_SITE_PORT must be a port number (1–65535) or empty, not "70000"'],
    [{ sitePort: '3000/evil' }, 'NUXT_SITE_PORT must be a port number (1–65535) or empty, not "3000/evil"'],
    [{ sitePort: -1 }, 'NUXT_SITE_PORT must be a port number (1–65535) or empty, not "-1"'],
  ])('refuses %j', (config, problem) => {
    expect(parseLinkSettings(config)).toEqual({ ok: false, problem });
  });
});

describe('linkHost', () => {
  it("keeps the host the request came on when it is the commune's domain or an alias", () => {
    expect(linkHost(KHANH_KHE, 'khanhkhe.langson.gov.vn', false)).toBe('khanhkhe.langson.gov.vn');
    expect(linkHost(KHANH_KHE, 'khanhkhe.localhost', false)).toBe('khanhkhe.localhost');
    expect(linkHost(KHANH_KHE, 'khanhkhe.example.vn', false)).toBe('khanhkhe.example.vn');
  });

  it('writes any other host as the primary domain', () => {
    expect(linkHost(KHANH_KHE, 'evil.example', false)).toBe('khanhkhe.langson.gov.vn');
    expect(linkHost(KHANH_KHE, 'songiang.hatinh.gov.vn', false)).toBe('khanhkhe.langson.gov.vn');
    expect(linkHost(KHANH_KHE, null, false)).toBe('khanhkhe.langson.gov.vn');
    expect(linkHost(KHANH_KHE, '', false)).toBe('khanhkhe.langson.gov.vn');
  });

  it('keeps a development host only while the fallback is on', () => {
    expect(linkHost(KHANH_KHE, 'localhost', false)).toBe('khanhkhe.langson.gov.vn');
    expect(linkHost(KHANH_KHE, 'localhost', true)).toBe('localhost');
    expect(linkHost(KHANH_KHE, '[::1]', true)).toBe('[::1]');
    expect(linkHost(KHANH_KHE, 'khanh-khe.localhost', true)).toBe('khanh-khe.localhost');
    expect(linkHost(KHANH_KHE, 'evil.example', true)).toBe('khanhkhe.langson.gov.vn');
  });

  it('works for a commune without aliases', () => {
    expect(linkHost({ primaryDomain: 'a.vn', domainAliases: null }, 'a.vn', false)).toBe('a.vn');
    expect(linkHost({ primaryDomain: 'a.vn' }, 'b.vn', false)).toBe('a.vn');
  });
});

describe('linkOrigin', () => {
  it('writes the configured scheme and port, never the ones of the request', () => {
    expect(linkOrigin(PRODUCTION, KHANH_KHE, 'khanhkhe.langson.gov.vn')).toBe('https://khanhkhe.langson.gov.vn');
    expect(linkOrigin(DEVELOPMENT, KHANH_KHE, 'khanhkhe.localhost')).toBe('http://khanhkhe.localhost:3000');
    expect(linkOrigin(DEVELOPMENT, KHANH_KHE, 'localhost')).toBe('http://localhost:3000');
    expect(originFor({ scheme: 'https', port: 8443 }, 'a.vn')).toBe('https://a.vn:8443');
  });
});
