import { accentColors, contrastRatio } from '../color';
import { agencyName, formatDate, provinceTitle } from '../format';
import { safeHref } from '../safe-url';

describe('safeHref', () => {
  it.each([
    'https://langson.gov.vn',
    'http://example.vn/a?b=c',
    '/van-ban/abc',
    'van-ban',
    '#muc-1',
    'mailto:ubnd@x.vn',
    'tel:+842053123456',
  ])('keeps %j', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '',
    '   ',
    null,
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe('accentColors', () => {
  it('pairs every accent with a text colour of at least 4.5:1 contrast', () => {
    for (const color of ['#a31d1d', '#ffd700', '#777777', '#0057b8', '#00ff00', '#808080', '#767676']) {
      const { accent, onAccent } = accentColors(color);
      expect(contrastRatio(accent, onAccent)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('expands short colours and falls back to the default for anything else', () => {
    expect(accentColors('#ABC').accent).toBe('#aabbcc');
    expect(accentColors('red; background: url(x)').accent).toBe('#a31d1d');
    expect(accentColors(null).accent).toBe('#a31d1d');
  });
});

describe('formatDate', () => {
  it('writes dates the Vietnamese way, in Việt Nam time', () => {
    expect(formatDate('2025-11-20T17:30:00.000Z')).toBe('21/11/2025');
    expect(formatDate('2025-01-05')).toBe('05/01/2025');
  });

  it('writes nothing for a missing or malformed date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('agencyName', () => {
  it('names the commune People’s Committee', () => {
    expect(agencyName('Xã Khánh Khê')).toBe('Ủy ban nhân dân xã Khánh Khê');
    expect(agencyName('Phường Đông Kinh')).toBe('Ủy ban nhân dân phường Đông Kinh');
    expect(agencyName('Khánh Khê')).toBe('Ủy ban nhân dân Khánh Khê');
  });
});

describe('provinceTitle', () => {
  it('names a province or a centrally-governed city with its unit', () => {
    expect(provinceTitle('Lạng Sơn')).toBe('Tỉnh Lạng Sơn');
    expect(provinceTitle('Hải Phòng')).toBe('Thành phố Hải Phòng');
    expect(provinceTitle('tỉnh Cao Bằng')).toBe('Tỉnh Cao Bằng');
    expect(provinceTitle('TP. Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });
});
