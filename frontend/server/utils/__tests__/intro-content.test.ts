import {
  BOUNDARY_GEOJSON_PATH,
  englishCommuneName,
  englishProvinceName,
  groupOfficialsByUnit,
  hasGeoJson,
  telHref,
  toEnglishContact,
  toIntroPage,
  toIntroPageLinks,
  officialPath,
  textItems,
  toOfficial,
  toOfficialDetail,
  toOfficials,
  type RawOfficial,
  type RawPage,
} from '../intro-content';
import { fromCms } from './from-cms';

const STRAPI = 'http://127.0.0.1:1337';

describe('toIntroPageLinks', () => {
  it('links Vietnamese pages under /gioi-thieu and English ones under /en, by slug or else by documentId', () => {
    const raws: RawPage[] = [
      { documentId: 'p1', title: 'Tổng quan', slug: 'tong-quan', section: 'overview', summary: ' Giới thiệu chung ', order: 1 },
      { documentId: 'p2', title: 'Lịch sử', slug: null, section: 'history', summary: '' },
    ];
    expect(toIntroPageLinks(raws, 'vi')).toEqual([
      { documentId: 'p1', title: 'Tổng quan', section: 'overview', summary: 'Giới thiệu chung', path: '/gioi-thieu/tong-quan' },
      { documentId: 'p2', title: 'Lịch sử', section: 'history', summary: null, path: '/gioi-thieu/p2' },
    ]);
    expect(toIntroPageLinks([{ documentId: 'p1', title: 'Overview', slug: 'overview', section: 'overview' }], 'en')[0]?.path).toBe(
      '/en/overview',
    );
  });

  it('leaves out entries without a title or with a section the site does not know', () => {
    const raws: RawPage[] = [
      { documentId: 'a', title: ' ', section: 'overview' },
      { documentId: 'b', title: 'Khác', section: fromCms<RawPage['section']>('other') },
    ];
    expect(toIntroPageLinks(raws, 'vi')).toEqual([]);
  });
});

describe('toIntroPage', () => {
  const boundary: RawPage = {
    documentId: 'map',
    title: 'Bản đồ địa giới',
    slug: 'ban-do-dia-gioi',
    section: 'boundary_map',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Ranh giới' }] }],
    map: { url: `${STRAPI}/uploads/ban_do.jpg`, width: 1000, height: 1000, alternativeText: 'Bản đồ xã Khánh Khê' },
    mapGeoJson: {
      type: 'Polygon',
      coordinates: [
        [
          [106.5, 21.8],
          [106.6, 21.8],
          [106.6, 21.9],
          [106.5, 21.8],
        ],
      ],
    },
  };

  it('gives the boundary map section its image, the GeoJSON download and an outline', () => {
    const page = toIntroPage(boundary, 'vi', STRAPI);
    expect(page?.body).toHaveLength(1);
    expect(page?.map?.image?.url).toBe('/uploads/ban_do.jpg');
    expect(page?.map?.alt).toBe('Bản đồ xã Khánh Khê');
    expect(page?.map?.geoJsonPath).toBe(BOUNDARY_GEOJSON_PATH);
    expect(page?.map?.outline?.d).toMatch(/^M[\d. L]+Z$/);
  });

  it('describes a map image the editor gave no alt text, and offers no download without GeoJSON', () => {
    const page = toIntroPage({ ...boundary, map: { url: '/uploads/b.jpg' }, mapGeoJson: null }, 'vi', STRAPI);
    expect(page?.map).toEqual({
      image: { url: '/uploads/b.jpg', width: null, height: null, alternativeText: null, formats: {} },
      alt: 'Bản đồ địa giới: bản đồ ranh giới hành chính',
      geoJsonPath: null,
      outline: null,
    });
    expect(toIntroPage({ ...boundary, map: null, mapGeoJson: {} }, 'vi', STRAPI)?.map).toBeNull();
  });

  it('never shows a map outside the boundary map section', () => {
    expect(toIntroPage({ ...boundary, section: 'overview' }, 'vi', STRAPI)?.map).toBeNull();
  });
});

describe('hasGeoJson', () => {
  it('accepts only a non-empty object', () => {
    expect(hasGeoJson({ type: 'Polygon' })).toBe(true);
    expect(hasGeoJson({})).toBe(false);
    expect(hasGeoJson(null)).toBe(false);
    expect(hasGeoJson([1, 2])).toBe(false);
    expect(hasGeoJson('x')).toBe(false);
  });
});

describe('telHref', () => {
  it('dials the digits of a number written with spaces, dots or a country code', () => {
    expect(telHref('0912 486 203')).toBe('tel:0912486203');
    expect(telHref('0205.3831.426')).toBe('tel:02053831426');
    expect(telHref('+84 912 486 203')).toBe('tel:+84912486203');
  });

  it('gives no link for an empty or non-numeric value', () => {
    expect(telHref(null)).toBeNull();
    expect(telHref('  ')).toBeNull();
    expect(telHref('không có')).toBeNull();
  });
});

const official = (overrides: Partial<RawOfficial>): RawOfficial => ({
  documentId: 'o',
  fullName: 'Nông Văn Hải',
  position: 'Chủ tịch UBND xã',
  unit: 'Ủy ban nhân dân xã',
  ...overrides,
});

describe('toOfficial', () => {
  it('keeps the public contacts with a dialable phone link and the term dates', () => {
    expect(
      toOfficial(
        official({
          positionEn: "Chairman of the Commune People's Committee",
          phone: '0915 372 618',
          email: 'nvhai@langson.gov.vn',
          termStart: '2026-04-07',
          photo: { url: '/uploads/hai.jpg', alternativeText: 'Ảnh ông Nông Văn Hải' },
          slug: 'nong-van-hai',
          updatedAt: '2026-04-10T02:00:00.000Z',
        }),
        STRAPI,
      ),
    ).toEqual({
      documentId: 'o',
      fullName: 'Nông Văn Hải',
      position: 'Chủ tịch UBND xã',
      positionEn: "Chairman of the Commune People's Committee",
      unit: 'Ủy ban nhân dân xã',
      phone: '0915 372 618',
      phoneHref: 'tel:0915372618',
      email: 'nvhai@langson.gov.vn',
      photo: { url: '/uploads/hai.jpg', width: null, height: null, alternativeText: 'Ảnh ông Nông Văn Hải', formats: {} },
      termStart: '2026-04-07',
      termEnd: null,
      path: '/gioi-thieu/lanh-dao/nong-van-hai',
      updatedAt: '2026-04-10T02:00:00.000Z',
    });
  });

  it('leaves out an entry without a name or a position', () => {
    expect(toOfficials([official({ fullName: '' }), official({ position: null }), official({})], STRAPI)).toHaveLength(1);
  });
});

describe('groupOfficialsByUnit', () => {
  it("groups by unit in the order of each unit's first official, officials without a unit last", () => {
    const officials = toOfficials(
      [
        official({ documentId: '1', unit: 'Đảng ủy xã' }),
        official({ documentId: '2', unit: 'Ủy ban nhân dân xã' }),
        official({ documentId: '3', unit: null }),
        official({ documentId: '4', unit: 'Đảng ủy  xã ' }),
        official({ documentId: '5', unit: 'ủy ban nhân dân xã' }),
      ],
      STRAPI,
    );
    const groups = groupOfficialsByUnit(officials);
    expect(groups.map((group) => [group.unit, group.officials.map((member) => member.documentId)])).toEqual([
      ['Đảng ủy xã', ['1', '4']],
      ['Ủy ban nhân dân xã', ['2', '5']],
      [null, ['3']],
    ]);
  });

  it('is empty for no officials', () => {
    expect(groupOfficialsByUnit([])).toEqual([]);
  });
});

describe('toEnglishContact', () => {
  it('uses the English unit name, or the Vietnamese one marked as not English', () => {
    const english = toEnglishContact({ documentId: 'c', unitName: 'Công an xã', unitNameEn: 'Commune Police', phone: '0205 3831 113' });
    expect(english).toMatchObject({ name: 'Commune Police', nameIsEnglish: true, phoneHref: 'tel:02053831113' });
    const vietnamese = toEnglishContact({ documentId: 'c', unitName: 'Công an xã', unitNameEn: ' ' });
    expect(vietnamese).toMatchObject({ name: 'Công an xã', nameIsEnglish: false, phone: null, phoneHref: null });
    expect(toEnglishContact({ documentId: 'c', unitName: '' })).toBeNull();
  });
});

describe('English place names', () => {
  it.each([
    ['Xã Khánh Khê', 'Khanh Khe Commune'],
    ['Xã Quốc Tuấn', 'Quoc Tuan Commune'],
    ['Phường Hồng Bàng', 'Hong Bang Ward'],
    ['Đặc khu Phú Quốc', 'Phu Quoc Special Zone'],
    ['Sơn Giang', 'Son Giang'],
  ])('%s → %s', (name, english) => {
    expect(englishCommuneName(name)).toBe(english);
  });

  it.each([
    ['Lạng Sơn', 'Lang Son Province'],
    ['Tỉnh Hà Tĩnh', 'Ha Tinh Province'],
    ['Hải Phòng', 'Hai Phong City'],
    ['Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
    ['Đắk Lắk', 'Dak Lak Province'],
  ])('%s → %s', (province, english) => {
    expect(englishProvinceName(province)).toBe(english);
  });
});

describe('a leader’s own page', () => {
  it('links only a well-formed slug', () => {
    expect(officialPath('nong-van-hai')).toBe('/gioi-thieu/lanh-dao/nong-van-hai');
    expect(officialPath(null)).toBeNull();
    expect(officialPath(' ')).toBeNull();
    expect(officialPath('../admin')).toBeNull();
  });

  it('reads the biography and the duties as one item per line, without list marks or blank lines', () => {
    expect(textItems('Sinh năm 1978.\r\n\n- Thạc sĩ Quản lý công.\n• 2002–2012: chuyên viên.\n2. Chủ tịch UBND xã.\n')).toEqual([
      'Sinh năm 1978.',
      'Thạc sĩ Quản lý công.',
      '2002–2012: chuyên viên.',
      'Chủ tịch UBND xã.',
    ]);
    expect(textItems(null)).toEqual([]);
  });

  it('adds the biography and the duties to the card’s facts', () => {
    const detail = toOfficialDetail(official({ biography: 'Sinh năm 1978.\nQuê quán: Văn Quan.', duties: 'Phụ trách chung.' }), STRAPI);
    expect(detail).toMatchObject({
      fullName: 'Nông Văn Hải',
      biography: ['Sinh năm 1978.', 'Quê quán: Văn Quan.'],
      duties: ['Phụ trách chung.'],
    });
    expect(toOfficialDetail(official({ fullName: '' }), STRAPI)).toBeNull();
  });
});
