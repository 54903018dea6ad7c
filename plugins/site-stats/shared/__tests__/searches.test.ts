import { EMAIL_MASK, normaliseSearchQuery, NUMBER_MASK, SEARCH_QUERY_MAX } from '../searches';

describe('normaliseSearchQuery', () => {
  it('one query however it was typed: NFC, lower case, whitespace collapsed and trimmed', () => {
    const composed = 'Giấy khai sinh';
    const combining = 'Gia\u0302\u0301y khai sinh'.normalize('NFD');
    expect(normaliseSearchQuery(composed)).toBe('giấy khai sinh');
    expect(normaliseSearchQuery(combining)).toBe('giấy khai sinh');
    expect(normaliseSearchQuery('  ĐĂNG KÝ\t\n  KẾT   HÔN ')).toBe('đăng ký kết hôn');
    expect(normaliseSearchQuery('cấp\u00a0lại\u200b sổ')).toBe('cấp lại sổ');
  });

  it('nothing to count: empty, blank or invisible', () => {
    for (const raw of ['', '   ', '\t\n', '\u200b\ufeff', '\u0000']) expect(normaliseSearchQuery(raw)).toBeNull();
  });

  it('masks e-mail addresses, with or without a domain', () => {
    expect(normaliseSearchQuery('Gửi đơn tới Nguyen.Van.A@gmail.com nhé')).toBe(`gửi đơn tới ${EMAIL_MASK} nhé`);
    expect(normaliseSearchQuery('vana@gmail')).toBe(EMAIL_MASK);
    expect(normaliseSearchQuery('0912345678@zalo.me')).toBe(EMAIL_MASK);
  });

  it('masks phone, ID card and other numbers of 9 or more digits, however they are written', () => {
    for (const phone of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '+84 912 345 678',
      '(024) 3825 1234',
      '(+84) 912.345.678',
    ]) {
      expect(normaliseSearchQuery(`gọi ${phone} giúp`)).toBe(`gọi ${NUMBER_MASK} giúp`);
    }
    // An ID card (12 digits), an old one (9 digits), a tax code with its branch (10-3).
    expect(normaliseSearchQuery('CCCD 001203004567')).toBe(`cccd ${NUMBER_MASK}`);
    expect(normaliseSearchQuery('cmnd 123456789')).toBe(`cmnd ${NUMBER_MASK}`);
    expect(normaliseSearchQuery('mst 0101234567-001')).toBe(`mst ${NUMBER_MASK}`);
  });

  it('keeps the short numbers citizens look for: document numbers, procedure codes, dates, years', () => {
    for (const query of [
      'quyết định 312/qđ-ubnd',
      'thủ tục 1.001193',
      '1001193',
      'nghị định 123/2024/nđ-cp',
      'ngày 12.05.2024',
      '12345678',
    ]) {
      expect(normaliseSearchQuery(query)).toBe(query);
    }
  });

  it('caps at SEARCH_QUERY_MAX code points, never leaving half a placeholder', () => {
    const long = 'thủ tục '.repeat(30);
    const capped = normaliseSearchQuery(long) ?? '';
    expect(Array.from(capped).length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
    expect(capped.startsWith('thủ tục thủ tục')).toBe(true);
    expect(capped).toBe(capped.trim());
    // A phone number that straddles the cap is masked first, then the mask is dropped whole.
    const straddling = `${'a'.repeat(SEARCH_QUERY_MAX - 10)} 0912345678`;
    expect(normaliseSearchQuery(straddling)).toBe('a'.repeat(SEARCH_QUERY_MAX - 10));
    const fits = `${'a'.repeat(SEARCH_QUERY_MAX - NUMBER_MASK.length - 1)} 0912345678`;
    expect(normaliseSearchQuery(fits)).toBe(`${'a'.repeat(SEARCH_QUERY_MAX - NUMBER_MASK.length - 1)} ${NUMBER_MASK}`);
  });

  it('removes what PostgreSQL cannot store (a lone surrogate, NUL)', () => {
    expect(normaliseSearchQuery('xin\u0000chào\ud800')).toBe('xin chào');
    expect(normaliseSearchQuery('🙂 ok')).toBe('🙂 ok');
  });

  it('is idempotent: Strapi normalises what the site sent again and gets the same', () => {
    const samples = [
      'Gửi đơn tới Nguyen.Van.A@gmail.com nhé, gọi 0912 345 678',
      `${'Đăng ký '.repeat(20)}0912345678`,
      'thủ tục 1.001193 (024) 3825 1234 [email] [số điện thoại/số giấy tờ]',
      `${'x'.repeat(95)} [số điện thoại/số giấy tờ]`,
    ];
    for (const raw of samples) {
      const once = normaliseSearchQuery(raw);
      expect(once).not.toBeNull();
      expect(normaliseSearchQuery(once ?? '')).toBe(once);
    }
  });
});
