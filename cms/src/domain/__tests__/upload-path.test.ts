import { originalHashCandidates, rowServesPath, storedUploadPath } from '../upload-path';

describe('storedUploadPath', () => {
  it.each([
    ['/uploads/khanh-khe_anh_d605bcab51.jpg', '/uploads/khanh-khe_anh_d605bcab51.jpg'],
    ['/uploads/thumbnail_khanh_khe_banner_ab12.jpg', '/uploads/thumbnail_khanh_khe_banner_ab12.jpg'],
    ['https://tracker.example/pixel.gif', null],
    ['//tracker.example/uploads/a.jpg', null],
    ['http://127.0.0.1:1337/uploads/a.jpg', null],
    ['/uploads/../admin/a.jpg', null],
    // S3 keys: one folder, the commune's slug or _province.
    ['/uploads/khanh-khe/khanh-khe_anh_d605bcab51.jpg', '/uploads/khanh-khe/khanh-khe_anh_d605bcab51.jpg'],
    ['/uploads/_province/logo_ab12.png', '/uploads/_province/logo_ab12.png'],
    ['/uploads/Sub/a.jpg', null],
    ['/uploads/a/b/c.jpg', null],
    ['/uploads/_other/a.jpg', null],
    ['/uploads/khanh-khe/', null],
    ['/uploads/../a.jpg', null],
    ['/uploads/a.jpg?x=1', null],
    ['/uploads/', null],
    ['/uploads/%2e%2e/a.jpg', null],
    ['data:image/png;base64,AAAA', null],
  ])('%s → %s', (url, expected) => {
    expect(storedUploadPath(url)).toBe(expected);
  });
});

describe('originalHashCandidates', () => {
  it('finds the original of a format named before the commune prefix was set', () => {
    expect(originalHashCandidates('khanh-khe_thumbnail_anh_thu_d605bcab51.png')).toContain('khanh-khe_anh_thu_d605bcab51');
  });

  it('finds the original of a format named after the commune prefix was set', () => {
    expect(originalHashCandidates('khanh-khe_small_khanh-khe_anh_thu_d605bcab51.png')).toContain('khanh-khe_anh_thu_d605bcab51');
  });

  it('finds the original of an unprefixed format (uploaded by the seed or province IT)', () => {
    expect(originalHashCandidates('medium_khanh_khe_banner_ab12cd34ef.jpg')).toContain('khanh_khe_banner_ab12cd34ef');
  });

  it('names an original itself', () => {
    expect(originalHashCandidates('khanh-khe_anh_thu_d605bcab51.png')).toContain('khanh-khe_anh_thu_d605bcab51');
  });
});

describe('rowServesPath', () => {
  const row = {
    url: '/uploads/khanh-khe_anh_1.jpg',
    formats: { thumbnail: { url: '/uploads/khanh-khe_thumbnail_anh_1.jpg' }, small: null },
  };

  it('matches the original and its formats, nothing else', () => {
    expect(rowServesPath(row, '/uploads/khanh-khe_anh_1.jpg')).toBe(true);
    expect(rowServesPath(row, '/uploads/khanh-khe_thumbnail_anh_1.jpg')).toBe(true);
    expect(rowServesPath(row, '/uploads/khanh-khe_large_anh_1.jpg')).toBe(false);
    expect(rowServesPath({ url: '/uploads/b.pdf', formats: null }, '/uploads/khanh-khe_anh_1.jpg')).toBe(false);
  });
});
