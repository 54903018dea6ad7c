import {
  categoryAndDescendants,
  MAX_NEWS_PAGE,
  pageCountOf,
  parseCategorySlug,
  parsePageNumber,
  toCategoryDetail,
  toCategoryTree,
  toNewsListItem,
  type RawCategory,
} from '../news-content';

const categories: RawCategory[] = [
  { documentId: '1', name: 'Tin hoạt động', slug: 'tin-hoat-dong', description: 'Hoạt động của hệ thống chính trị.', parent: null },
  { documentId: '2', name: 'Hoạt động của Đảng ủy', slug: 'hoat-dong-dang-uy', parent: { slug: 'tin-hoat-dong' } },
  { documentId: '3', name: 'Xây dựng Đảng', slug: 'xay-dung-dang', parent: { slug: 'hoat-dong-dang-uy' } },
  { documentId: '4', name: 'Thông báo', slug: 'thong-bao', description: ' ', parent: null },
  { documentId: '5', name: 'Mồ côi', slug: 'mo-coi', parent: { slug: 'da-xoa' } },
  { documentId: '6', name: '', slug: 'khong-ten' },
];

describe('toCategoryTree', () => {
  it('nests categories under their parents in the given order; an orphan becomes a root', () => {
    expect(toCategoryTree(categories)).toEqual([
      {
        name: 'Tin hoạt động',
        slug: 'tin-hoat-dong',
        children: [
          {
            name: 'Hoạt động của Đảng ủy',
            slug: 'hoat-dong-dang-uy',
            children: [{ name: 'Xây dựng Đảng', slug: 'xay-dung-dang', children: [] }],
          },
        ],
      },
      { name: 'Thông báo', slug: 'thong-bao', children: [] },
      { name: 'Mồ côi', slug: 'mo-coi', children: [] },
    ]);
  });

  it('survives a parent loop', () => {
    const loop: RawCategory[] = [
      { documentId: 'a', name: 'A', slug: 'a', parent: { slug: 'b' } },
      { documentId: 'b', name: 'B', slug: 'b', parent: { slug: 'a' } },
      { documentId: 'c', name: 'C', slug: 'c', parent: { slug: 'c' } },
    ];
    expect(toCategoryTree(loop)).toEqual([{ name: 'C', slug: 'c', children: [] }]);
    expect(categoryAndDescendants(loop, 'a')).toEqual(['a', 'b']);
  });
});

describe('categoryAndDescendants', () => {
  it('lists the category and every category below it', () => {
    expect(categoryAndDescendants(categories, 'tin-hoat-dong')).toEqual(['tin-hoat-dong', 'hoat-dong-dang-uy', 'xay-dung-dang']);
    expect(categoryAndDescendants(categories, 'thong-bao')).toEqual(['thong-bao']);
  });

  it('is null for a category the commune does not have', () => {
    expect(categoryAndDescendants(categories, 'khong-co')).toBeNull();
    expect(categoryAndDescendants(categories, 'khong-ten')).toBeNull();
  });
});

describe('toCategoryDetail', () => {
  it('gives the description and the parent for the breadcrumbs', () => {
    expect(toCategoryDetail(categories, 'hoat-dong-dang-uy')).toEqual({
      name: 'Hoạt động của Đảng ủy',
      slug: 'hoat-dong-dang-uy',
      description: null,
      parent: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
    });
    expect(toCategoryDetail(categories, 'tin-hoat-dong')?.description).toBe('Hoạt động của hệ thống chính trị.');
    expect(toCategoryDetail(categories, 'mo-coi')?.parent).toBeNull();
    expect(toCategoryDetail(categories, 'khong-co')).toBeNull();
  });
});

describe('toNewsListItem', () => {
  it('adds the category to the summary', () => {
    const item = toNewsListItem(
      {
        documentId: 'n1',
        title: 'Hội nghị',
        slug: 'hoi-nghi',
        kind: 'bai',
        publishedAt: '2026-05-01T02:00:00.000Z',
        category: { name: 'Thông báo', slug: 'thong-bao' },
      },
      'http://127.0.0.1:1337',
    );
    expect(item).toEqual({
      documentId: 'n1',
      title: 'Hội nghị',
      slug: 'hoi-nghi',
      summary: null,
      kind: 'bai',
      publishedAt: '2026-05-01T02:00:00.000Z',
      cover: null,
      category: { name: 'Thông báo', slug: 'thong-bao' },
    });
    expect(toNewsListItem({ documentId: 'n2', title: 'T', slug: 't', category: null }, 'x').category).toBeNull();
  });
});

describe('address parameters', () => {
  it('reads page numbers from 1 to the limit; absent is the first page', () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber('')).toBe(1);
    expect(parsePageNumber('3')).toBe(3);
    expect(parsePageNumber(String(MAX_NEWS_PAGE))).toBe(MAX_NEWS_PAGE);
    for (const bad of ['0', '-1', '1.5', 'abc', '99999', String(MAX_NEWS_PAGE + 1), ['2']]) {
      expect(parsePageNumber(bad)).toBeNull();
    }
  });

  it('accepts only slugs', () => {
    expect(parseCategorySlug('thong-bao')).toBe('thong-bao');
    expect(parseCategorySlug('Thong-bao')).toBeNull();
    expect(parseCategorySlug('../x')).toBeNull();
    expect(parseCategorySlug('a'.repeat(121))).toBeNull();
    expect(parseCategorySlug(undefined)).toBeNull();
  });

  it('counts at least one page', () => {
    expect(pageCountOf(0, 12)).toBe(1);
    expect(pageCountOf(12, 12)).toBe(1);
    expect(pageCountOf(13, 12)).toBe(2);
  });
});
