import type { Official } from '#shared/types/intro';
import type { RawArticle } from '../content';
import {
  HOME_LEADERS,
  HOME_MAX_CATEGORIES,
  HOME_ONLINE_PROCEDURES,
  homeCategoryScopes,
  toHomeLeaders,
  toHomeNewsItems,
  toHomeProcedures,
} from '../home-content';
import type { RawCategory } from '../news-content';
import type { RawProcedureSummary } from '../procedure-content';

const STRAPI = 'http://127.0.0.1:1337';

const categories: RawCategory[] = [
  { documentId: '1', name: 'Tin hoạt động', slug: 'tin-hoat-dong', parent: null },
  { documentId: '2', name: 'Hoạt động của Đảng ủy', slug: 'hoat-dong-dang-uy', parent: { slug: 'tin-hoat-dong' } },
  { documentId: '3', name: 'Xây dựng Đảng', slug: 'xay-dung-dang', parent: { slug: 'hoat-dong-dang-uy' } },
  { documentId: '4', name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh', parent: null },
  { documentId: '5', name: 'Thông báo', slug: 'thong-bao', parent: null },
  { documentId: '6', name: '', slug: 'khong-ten', parent: null },
];

describe('homeCategoryScopes', () => {
  it("gives each top-level category in the editors' order with every category below it", () => {
    expect(homeCategoryScopes(categories)).toEqual([
      { category: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' }, slugs: ['tin-hoat-dong', 'hoat-dong-dang-uy', 'xay-dung-dang'] },
      { category: { name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh' }, slugs: ['cai-cach-hanh-chinh'] },
      { category: { name: 'Thông báo', slug: 'thong-bao' }, slugs: ['thong-bao'] },
    ]);
  });

  it('caps the number of blocks, so a home page never makes unbounded reads', () => {
    const many: RawCategory[] = Array.from({ length: HOME_MAX_CATEGORIES + 5 }, (_, index) => ({
      documentId: String(index),
      name: `Chuyên mục ${index + 1}`,
      slug: `chuyen-muc-${index + 1}`,
    }));
    const scopes = homeCategoryScopes(many);
    expect(scopes).toHaveLength(HOME_MAX_CATEGORIES);
    expect(scopes[0]?.category.slug).toBe('chuyen-muc-1');
  });
});

describe('toHomeNewsItems', () => {
  const article = (slug: string): RawArticle => ({
    documentId: slug,
    title: `Tin ${slug}`,
    slug,
    summary: 'Tóm tắt',
    kind: 'bai',
    publishedAt: '2026-06-10T08:30:00.000Z',
    cover: { alt: 'Ảnh', image: { url: `${STRAPI}/uploads/${slug}.jpg`, width: 1200, height: 675 } },
  });

  it('keeps the first item whole (cover on this site, summary) and makes the others headlines', () => {
    const [first, second, third] = toHomeNewsItems([article('a'), article('b'), article('c')], STRAPI);
    expect(first).toMatchObject({ slug: 'a', kind: 'bai', summary: 'Tóm tắt', cover: { alt: 'Ảnh', image: { url: '/uploads/a.jpg' } } });
    expect(second).toEqual({
      documentId: 'b',
      title: 'Tin b',
      slug: 'b',
      summary: null,
      kind: 'bai',
      publishedAt: '2026-06-10T08:30:00.000Z',
      cover: null,
    });
    expect(third?.cover).toBeNull();
  });

  it('is empty without news', () => {
    expect(toHomeNewsItems([], STRAPI)).toEqual([]);
  });
});

describe('toHomeProcedures', () => {
  const procedure = (
    code: string,
    name: string,
    field: string | null,
    onlineLevel: RawProcedureSummary['onlineLevel'],
  ): RawProcedureSummary => ({
    documentId: `id-${code}`,
    code,
    name,
    slug: `thu-tuc-${code.replace('.', '-')}`,
    field,
    onlineLevel,
  });
  const raws = [
    procedure('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Toàn trình'),
    procedure('1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'Một phần'),
    procedure('2.000815', 'Chứng thực chữ ký', 'Chứng thực', 'Trực tiếp'),
    procedure('1.000656', 'Đăng ký khai tử', 'Hộ tịch', 'Toàn trình'),
    procedure('1.001022', 'Cấp bản sao Trích lục hộ tịch', 'Hộ tịch', 'Toàn trình'),
    procedure('2.001263', 'Hòa giải tranh chấp đất đai', null, 'Trực tiếp'),
    procedure('9.999999', '', 'Hộ tịch', 'Toàn trình'),
  ];

  it('counts the procedures of each field, in alphabetical order, the unnamed one left out', () => {
    const home = toHomeProcedures(raws);
    expect(home.total).toBe(6);
    expect(home.fields).toEqual([
      { name: 'Chứng thực', count: 1 },
      { name: 'Hộ tịch', count: 4 },
      { name: 'Lĩnh vực khác', count: 1 },
    ]);
  });

  it('lists only the procedures filed entirely online, by name, with their page on this site', () => {
    expect(toHomeProcedures(raws).online).toEqual([
      { name: 'Cấp bản sao Trích lục hộ tịch', path: '/thu-tuc-hanh-chinh/thu-tuc-1-001022' },
      { name: 'Đăng ký khai sinh', path: '/thu-tuc-hanh-chinh/thu-tuc-1-001193' },
      { name: 'Đăng ký khai tử', path: '/thu-tuc-hanh-chinh/thu-tuc-1-000656' },
    ]);
  });

  it(`shows at most ${HOME_ONLINE_PROCEDURES} online procedures`, () => {
    const online = Array.from({ length: HOME_ONLINE_PROCEDURES + 3 }, (_, index) =>
      procedure(`1.00000${index}`, `Thủ tục ${index}`, 'Hộ tịch', 'Toàn trình'),
    );
    expect(toHomeProcedures(online).online).toHaveLength(HOME_ONLINE_PROCEDURES);
  });

  it('is empty for a commune without procedures', () => {
    expect(toHomeProcedures([])).toEqual({ total: 0, fields: [], online: [] });
  });
});

describe('toHomeLeaders', () => {
  const official = (index: number): Official => ({
    documentId: `o${index}`,
    fullName: `Lãnh đạo ${index}`,
    position: 'Chủ tịch UBND xã',
    positionEn: 'Chairman',
    unit: 'Ủy ban nhân dân xã',
    phone: index === 2 ? null : '0912 486 203',
    phoneHref: index === 2 ? null : 'tel:0912486203',
    email: 'lanhdao@langson.gov.vn',
    photo: null,
    termStart: '2026-04-07',
    termEnd: null,
    path: null,
    updatedAt: null,
  });

  it('keeps the first leaders with their name, position and phone only', () => {
    const leaders = toHomeLeaders(Array.from({ length: HOME_LEADERS + 2 }, (_, index) => official(index + 1)));
    expect(leaders).toHaveLength(HOME_LEADERS);
    expect(leaders[0]).toEqual({
      documentId: 'o1',
      fullName: 'Lãnh đạo 1',
      position: 'Chủ tịch UBND xã',
      phone: '0912 486 203',
      phoneHref: 'tel:0912486203',
    });
    expect(leaders[1]).toMatchObject({ phone: null, phoneHref: null });
  });
});
