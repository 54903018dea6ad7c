/**
 * The introduction section (Giới thiệu) and its English version, as the BFF hands them to the
 * pages: the commune's pages, its leaders with their contacts, the boundary map.
 */
import type { Block } from './blocks';
import type { MediaImage } from './content';

/** The six introduction sections every commune publishes (Decree 42/2022/NĐ-CP, Article 4). */
export type PageSection = 'overview' | 'history' | 'natural_conditions' | 'culture' | 'organisation' | 'boundary_map';

/** Vietnamese is the site's language; English carries the organisation and officials (Decree 42). */
export type PageLocale = 'vi' | 'en';

/** An introduction page in a list or a navigation: no body. */
export interface IntroPageLink {
  documentId: string;
  title: string;
  section: PageSection;
  summary: string | null;
  /** `/gioi-thieu/<slug>` or `/en/<slug>`. */
  path: string;
}

/** The boundary map section's map: the editor's image, and the boundary itself when given as GeoJSON. */
export interface BoundaryMap {
  image: MediaImage | null;
  /** The image's alt text; a descriptive default when the editor left it empty. */
  alt: string;
  /** Where the GeoJSON is downloaded; null when the page has none. */
  geoJsonPath: string | null;
  /** A simple outline of the boundary drawn from the GeoJSON; null without one or when unreadable. */
  outline: BoundaryOutline | null;
}

/** An SVG outline, drawn on the server: the page only puts `d` in a `<path>`. */
export interface BoundaryOutline {
  viewBox: string;
  /** Path data in viewBox units; rings are closed sub-paths (holes drawn with `fill-rule: evenodd`). */
  d: string;
}

export interface IntroPage extends IntroPageLink {
  locale: PageLocale;
  body: Block[];
  /** Only on the boundary map section. */
  map: BoundaryMap | null;
}

/** A leader or official (`official` collection) with their public contacts. */
export interface Official {
  documentId: string;
  fullName: string;
  position: string;
  positionEn: string | null;
  unit: string | null;
  phone: string | null;
  /** `tel:` link of `phone`, digits only; null when there is no dialable number. */
  phoneHref: string | null;
  email: string | null;
  photo: MediaImage | null;
  /** ISO dates `YYYY-MM-DD`. */
  termStart: string | null;
  termEnd: string | null;
}

/** Officials of one unit, in the editors' order; `unit` is null for officials without a unit. */
export interface OfficialGroup {
  unit: string | null;
  officials: Official[];
}

/** A unit's contacts for the English page (`contact` collection). */
export interface EnglishContact {
  documentId: string;
  /** `unitNameEn`, else the Vietnamese name (then `nameIsEnglish` is false, for `lang="vi"`). */
  name: string;
  nameIsEnglish: boolean;
  personName: string | null;
  address: string | null;
  phone: string | null;
  phoneHref: string | null;
  email: string | null;
  officeHours: string | null;
}

/** `GET /api/pages?locale=`: the commune's published introduction pages, in the editors' order. */
export interface IntroIndexResponse {
  pages: IntroPageLink[];
}

/** `GET /api/pages/:slug?locale=`. */
export interface IntroPageResponse {
  page: IntroPage;
  /** Every page of the same locale, for the navigation between them. */
  pages: IntroPageLink[];
  /** The same page in the other language, when it exists. */
  alternate: { locale: PageLocale; path: string } | null;
  /** Leaders grouped by unit on the organisation section; empty elsewhere. */
  officials: OfficialGroup[];
}

/** `GET /api/officials`: the leaders page. */
export interface OfficialsResponse {
  groups: OfficialGroup[];
  /** The introduction pages, for the navigation of the section. */
  pages: IntroPageLink[];
}

/** `GET /api/english`: what `/en` shows. */
export interface EnglishHomeResponse {
  /** `Khanh Khe Commune`. */
  communeName: string;
  /** `Lang Son Province`. */
  provinceName: string;
  pages: IntroPageLink[];
  officials: Official[];
  contacts: EnglishContact[];
}
