import { devFallbackFor } from '#shared/utils/dev-hosts';
import { hostFromHeader, pickFallbackCommune } from '../host';
import { cacheKey } from '../cache-key';

describe('hostFromHeader', () => {
  it.each([
    ['khanhkhe.langson.gov.vn', 'khanhkhe.langson.gov.vn'],
    ['KhanhKhe.LangSon.gov.VN', 'khanhkhe.langson.gov.vn'],
    ['khanhkhe.langson.gov.vn:3000', 'khanhkhe.langson.gov.vn'],
    ['khanhkhe.langson.gov.vn.', 'khanhkhe.langson.gov.vn'],
    ['  localhost:3000 ', 'localhost'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['[::1]:3000', '[::1]'],
    ['son-giang.localhost:3000', 'son-giang.localhost'],
  ])('reads %j as %j', (header, expected) => {
    expect(hostFromHeader(header)).toBe(expected);
  });

  it.each([
    [''],
    [undefined],
    [null],
    ['evil.com/path'],
    ['evil.com?host=x'],
    ['user@evil.com'],
    ['-bad.example.vn'],
    ['bad..example.vn'],
    ['[::1'],
    ['[::1]x'],
    ['a'.repeat(64) + '.vn'],
    ['xã.vn'],
  ])('rejects %j', (header) => {
    expect(hostFromHeader(header)).toBeNull();
  });
});

describe('devFallbackFor', () => {
  it('serves the default commune on loopback hosts', () => {
    expect(devFallbackFor('localhost')).toEqual({ kind: 'default' });
    expect(devFallbackFor('127.0.0.1')).toEqual({ kind: 'default' });
    expect(devFallbackFor('[::1]')).toEqual({ kind: 'default' });
  });

  it('serves the commune named by a <slug>.localhost host', () => {
    expect(devFallbackFor('son-giang.localhost')).toEqual({ kind: 'slug', slug: 'son-giang' });
  });

  it('has no fallback for real domains or deeper localhost names', () => {
    expect(devFallbackFor('khanhkhe.langson.gov.vn')).toBeNull();
    expect(devFallbackFor('a.b.localhost')).toBeNull();
    expect(devFallbackFor('localhost.evil.com')).toBeNull();
  });
});

describe('pickFallbackCommune', () => {
  const communes = [{ slug: 'khanh-khe' }, { slug: 'son-giang' }];

  it('picks the configured default commune on loopback hosts', () => {
    expect(pickFallbackCommune({ kind: 'default' }, communes, 'son-giang')).toEqual({ slug: 'son-giang' });
  });

  it('picks the first active commune when no default is configured', () => {
    expect(pickFallbackCommune({ kind: 'default' }, communes, '')).toEqual({ slug: 'khanh-khe' });
  });

  it('does not fall back to another commune when the configured default does not exist', () => {
    expect(pickFallbackCommune({ kind: 'default' }, communes, 'typo')).toBeNull();
  });

  it('picks the commune named by the host, and nothing for an unknown slug', () => {
    expect(pickFallbackCommune({ kind: 'slug', slug: 'son-giang' }, communes, 'khanh-khe')).toEqual({
      slug: 'son-giang',
    });
    expect(pickFallbackCommune({ kind: 'slug', slug: 'unknown' }, communes, 'khanh-khe')).toBeNull();
  });

  it('picks nothing without a fallback or without communes', () => {
    expect(pickFallbackCommune(null, communes, 'khanh-khe')).toBeNull();
    expect(pickFallbackCommune({ kind: 'default' }, [], '')).toBeNull();
  });
});

describe('cacheKey', () => {
  it('gives two communes whose slugs differ only in punctuation different keys', () => {
    expect(cacheKey('xa-a')).not.toBe(cacheKey('xaa'));
    expect(cacheKey('xa-a', 'tin')).not.toBe(cacheKey('xa', 'a-tin'));
  });

  it('contains only word characters, which Nitro keeps as they are', () => {
    expect(cacheKey('khánh-khê', 'bài viết/1')).toMatch(/^\w+$/);
  });
});
