/**
 * Maps Strapi's introduction pages, officials and contacts to the shapes of the introduction
 * section and the English page (shared/types/intro.ts).
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type {
  BoundaryMap,
  EnglishContact,
  IntroPage,
  IntroPageLink,
  Official,
  OfficialDetail,
  OfficialGroup,
  PageLocale,
  PageSection,
} from '#shared/types/intro';
import type { RawContact } from './contact-content';
import { phoneLinks } from '#shared/utils/contact-links';
import { searchHitPath } from '#shared/utils/search';
import { boundaryOutline } from './boundary-outline';
import { normaliseBlocks, toMediaImage, type RawMedia } from './content';
import type { Populated } from '../types/strapi-answer';
import type { OfficialAnswer, PageAnswer } from '../types/strapi-answers.generated';

export type RawPage = Pick<
  PageAnswer,
  'documentId' | 'title' | 'slug' | 'section' | 'summary' | 'body' | 'order' | 'locale' | 'mapGeoJson' | 'updatedAt'
> &
  Populated<PageAnswer, 'map', RawMedia>;

export type RawOfficial = Pick<OfficialAnswer, 'documentId' | (typeof OFFICIAL_DETAIL_FIELDS)[number]> &
  Populated<OfficialAnswer, 'photo', RawMedia>;

const SECTIONS: readonly PageSection[] = ['overview', 'history', 'natural_conditions', 'culture', 'organisation', 'boundary_map'];

/** What every page list reads: no body, no map. */
export const PAGE_LINK_FIELDS = ['title', 'slug', 'section', 'summary', 'order', 'locale'] as const;

/** Editors' order, then the order they were created in. */
export const PAGE_SORT = ['order:asc', 'id:asc'] as const;

export const OFFICIAL_FIELDS = [
  'fullName',
  'position',
  'positionEn',
  'unit',
  'phone',
  'email',
  'order',
  'termStart',
  'termEnd',
  'slug',
  'updatedAt',
] as const;

/** A leader's own page reads the card's fields and the two texts. */
export const OFFICIAL_DETAIL_FIELDS = [...OFFICIAL_FIELDS, 'biography', 'duties'] as const;

/** Where a leader's own page lives (the slug is made from the name by the CMS). */
export const LEADERS_PATH = '/gioi-thieu/lanh-dao';

export const OFFICIAL_SORT = ['order:asc', 'fullName:asc'] as const;

/** Where the boundary GeoJSON is downloaded (server/api/boundary-map.geojson.get.ts). */
export const BOUNDARY_GEOJSON_PATH = '/api/boundary-map.geojson';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function toPageSection(value: string | null | undefined): PageSection | null {
  return SECTIONS.find((section) => section === value) ?? null;
}

export function toPageLocale(value: unknown): PageLocale | null {
  return value === 'vi' || value === 'en' ? value : null;
}

/** Null for an entry that cannot be shown (no title, or a section this site does not know). */
export function toIntroPageLink(raw: RawPage, locale: PageLocale): IntroPageLink | null {
  const title = text(raw.title);
  const section = toPageSection(raw.section);
  if (!title || !section) return null;
  return {
    documentId: raw.documentId,
    title,
    section,
    summary: text(raw.summary),
    path: searchHitPath({ type: 'page', documentId: raw.documentId, slug: text(raw.slug), locale }),
  };
}

export function toIntroPageLinks(raws: readonly RawPage[], locale: PageLocale): IntroPageLink[] {
  return raws.map((raw) => toIntroPageLink(raw, locale)).filter((link) => link !== null);
}

/** A GeoJSON worth offering: an object (the editor's field may hold `null`, `{}` or a bare value). */
export function hasGeoJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

function toBoundaryMap(raw: RawPage, title: string, strapiUrl: string): BoundaryMap | null {
  const image = toMediaImage(raw.map, strapiUrl);
  const geoJson = hasGeoJson(raw.mapGeoJson) ? raw.mapGeoJson : null;
  if (!image && !geoJson) return null;
  return {
    image,
    alt: image?.alternativeText ?? `${title}: bản đồ ranh giới hành chính`,
    geoJsonPath: geoJson ? BOUNDARY_GEOJSON_PATH : null,
    outline: geoJson ? boundaryOutline(geoJson) : null,
  };
}

export function toIntroPage(raw: RawPage, locale: PageLocale, strapiUrl: string): IntroPage | null {
  const link = toIntroPageLink(raw, locale);
  if (!link) return null;
  return {
    ...link,
    locale,
    body: normaliseBlocks(raw.body, strapiUrl),
    map: link.section === 'boundary_map' ? toBoundaryMap(raw, link.title, strapiUrl) : null,
    updatedAt: text(raw.updatedAt),
  };
}

/** `0912 486 203` → `tel:0912486203`: the first number's link by the contacts' rule (phoneLinks). */
export function telHref(phone: string | null | undefined): string | null {
  return phoneLinks(phone)[0]?.href ?? null;
}

/** Null for an entry without a name or a position: the page could say nothing useful about it. */
export function toOfficial(raw: RawOfficial, strapiUrl: string): Official | null {
  const fullName = text(raw.fullName);
  const position = text(raw.position);
  if (!fullName || !position) return null;
  const phone = text(raw.phone);
  return {
    documentId: raw.documentId,
    fullName,
    position,
    positionEn: text(raw.positionEn),
    unit: text(raw.unit),
    phone,
    phoneHref: telHref(phone),
    email: text(raw.email),
    photo: toMediaImage(raw.photo, strapiUrl),
    termStart: text(raw.termStart),
    termEnd: text(raw.termEnd),
    path: officialPath(raw.slug),
    updatedAt: text(raw.updatedAt),
  };
}

/** `/gioi-thieu/lanh-dao/<slug>`, or null for a missing or malformed slug (never a broken link). */
export function officialPath(slug: string | null | undefined): string | null {
  const value = text(slug);
  return value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? `${LEADERS_PATH}/${value}` : null;
}

/**
 * An editor's text as items: one per line, list marks ("-", "•", "1.") and blank lines dropped.
 * Editors type the biography and duties as lines in a plain text field.
 */
export function textItems(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*–]|\d+[.)])\s+/u, '').trim())
    .filter((line) => line !== '');
}

export function toOfficialDetail(raw: RawOfficial, strapiUrl: string): OfficialDetail | null {
  const official = toOfficial(raw, strapiUrl);
  if (!official) return null;
  return { ...official, biography: textItems(raw.biography), duties: textItems(raw.duties) };
}

export function toOfficials(raws: readonly RawOfficial[], strapiUrl: string): Official[] {
  return raws.map((raw) => toOfficial(raw, strapiUrl)).filter((official) => official !== null);
}

/**
 * Officials grouped by unit. Units come in the order of their first official (the list is in the
 * editors' order, so the Party committee's secretary puts the Party committee first); officials
 * without a unit come last, together.
 */
export function groupOfficialsByUnit(officials: readonly Official[]): OfficialGroup[] {
  const groups = new Map<string, Official[]>();
  const withoutUnit: Official[] = [];
  for (const official of officials) {
    if (!official.unit) {
      withoutUnit.push(official);
      continue;
    }
    // Editors type the unit by hand: "Văn phòng HĐND và UBND xã" and "Văn phòng HĐND và UBND xã " are one unit.
    const key = official.unit.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('vi');
    const group = groups.get(key);
    if (group) group.push(official);
    else groups.set(key, [official]);
  }
  const result: OfficialGroup[] = [...groups.values()].map((members) => ({ unit: members[0]?.unit ?? null, officials: members }));
  if (withoutUnit.length > 0) result.push({ unit: null, officials: withoutUnit });
  return result;
}

export function toEnglishContact(raw: RawContact): EnglishContact | null {
  const english = text(raw.unitNameEn);
  const name = english ?? text(raw.unitName);
  if (!name) return null;
  const phone = text(raw.phone);
  return {
    documentId: raw.documentId,
    name,
    nameIsEnglish: english !== null,
    personName: text(raw.personName),
    address: text(raw.address),
    phone,
    phoneHref: telHref(phone),
    email: text(raw.email),
    officeHours: text(raw.officeHours),
  };
}

/* ---------- English names ---------- */

/** `Khánh Khê` → `Khanh Khe`: Vietnamese place names are written without diacritics in English. */
export function withoutDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const LOCAL_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^xã\s+/iu, 'Commune'],
  [/^phường\s+/iu, 'Ward'],
  [/^thị trấn\s+/iu, 'Township'],
  [/^đặc khu\s+/iu, 'Special Zone'],
];

/** `Xã Khánh Khê` → `Khanh Khe Commune`, `Phường Hồng Bàng` → `Hong Bang Ward`. */
export function englishCommuneName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  for (const [prefix, unit] of LOCAL_UNITS) {
    if (prefix.test(trimmed)) return `${withoutDiacritics(trimmed.replace(prefix, ''))} ${unit}`;
  }
  return withoutDiacritics(trimmed);
}

/** The centrally governed cities (thành phố trực thuộc trung ương) since 1 July 2025. */
const CENTRAL_CITIES: ReadonlySet<string> = new Set(['Ha Noi', 'Ho Chi Minh', 'Hai Phong', 'Da Nang', 'Can Tho', 'Hue']);

/** `Lạng Sơn` → `Lang Son Province`, `Hải Phòng` or `Thành phố Hải Phòng` → `Hai Phong City`. */
export function englishProvinceName(province: string): string {
  const trimmed = province.trim().replace(/\s+/g, ' ');
  const isCity = /^thành phố\s+/iu.test(trimmed);
  const name = withoutDiacritics(trimmed.replace(/^(tỉnh|thành phố)\s+/iu, ''));
  return isCity || CENTRAL_CITIES.has(name) ? `${name} City` : `${name} Province`;
}
