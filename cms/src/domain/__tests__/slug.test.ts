import { isValidSlug, numberedSlug, slugify, SLUG_MAX_LENGTH } from '../slug';

describe('slugify folds Vietnamese titles to readable ASCII slugs', () => {
  it.each([
    ['Đảng ủy xã Khánh Khê họp phiên thường kỳ', 'dang-uy-xa-khanh-khe-hop-phien-thuong-ky'],
    ['Hội nghị triển khai Nghị quyết số 08-NQ/ĐU', 'hoi-nghi-trien-khai-nghi-quyet-so-08-nq-du'],
    ['  TIN THÔN, BẢN (khu dân cư)  ', 'tin-thon-ban-khu-dan-cu'],
    ['Quyết định 239/BC–UBND', 'quyet-dinh-239-bc-ubnd'],
    ['Ưu tiên người cao tuổi', 'uu-tien-nguoi-cao-tuoi'],
    ['Xã Sơn Giang'.normalize('NFD'), 'xa-son-giang'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('returns an empty slug for a title with no letters or digits', () => {
    expect(slugify('— … —')).toBe('');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugify('Hội nghị tổng kết công tác '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(isValidSlug(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('isValidSlug', () => {
  it('accepts lower-case ASCII words joined by single dashes only', () => {
    expect(isValidSlug('tong-quan')).toBe(true);
    expect(isValidSlug('Tong-quan')).toBe(false);
    expect(isValidSlug('tổng-quan')).toBe(false);
    expect(isValidSlug('tong--quan')).toBe(false);
    expect(isValidSlug('-tong-quan')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
});

describe('numberedSlug', () => {
  it('keeps the first attempt and numbers the next ones within the length limit', () => {
    expect(numberedSlug('tong-quan', 1)).toBe('tong-quan');
    expect(numberedSlug('tong-quan', 3)).toBe('tong-quan-3');
    expect(numberedSlug('a'.repeat(SLUG_MAX_LENGTH), 12)).toHaveLength(SLUG_MAX_LENGTH);
  });
});
