/**
 * The introduction section (Giới thiệu) and its English version, as the BFF hands them to the
 * pages: the commune's pages, its leaders with their contacts, the boundary map.
 */
import type { Block } from './blocks';
import type { MediaImage } from './content';

/** The six introduction sections every commune publishes (Decree 224/2026/NĐ-CP Art. 9(1)(c); formerly Decree 42/2022 Art. 4). */
export type PageSection = 'overview' | 'history' | 'natural_conditions' | 'culture' | 'organisation' | 'boundary_map';

/** Vietnamese is the site's language; English carries the organisation and officials (as Decree 42/2022 asked; kept). */
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
  /** When an editor last changed the page (ISO timestamp). */
  updatedAt: string | null;
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
  /** `/gioi-thieu/lanh-dao/<slug>`: the leader's own page; null while the entry has no slug. */
  path: string | null;
  /** When an editor last changed the entry (ISO timestamp). */
  updatedAt: string | null;
}

/** A leader's own page: the card's facts, the short biography and the assigned duties (Decree 224 Art. 9(1)(c)). */
export interface OfficialDetail extends Official {
  /** One line of the editor's text per item (born, home town, education, career steps). */
  biography: string[];
  /** Assigned duties (nhiệm vụ được phân công), one per item. */
  duties: string[];
}

/** `GET /api/officials/:slug`. */
export interface OfficialResponse {
  official: OfficialDetail;
  /** The introduction pages, for the navigation of the section. */
  pages: IntroPageLink[];
}

/** The bodies of a commune's political system as the organisation chart groups them. */
export type OrganBranchKind = 'party' | 'council' | 'committee' | 'front' | 'forces' | 'other';

/** One unit of the chart and its leaders, in the editors' order. */
export interface OrgUnit {
  name: string;
  leaders: Official[];
  /** Units under this one (specialised units under the People's Committee, mass organisations under the Front). */
  children: OrgUnit[];
}

/** A body of the chart (Đảng ủy, HĐND, UBND, Ủy ban MTTQ, …) with its units. */
export interface OrgBranch {
  kind: OrganBranchKind;
  /** What the body does, in one sentence, for the text of the chart. */
  role: string;
  units: OrgUnit[];
}

/** `GET /api/organisation-chart`. */
export interface OrganisationChartResponse {
  branches: OrgBranch[];
  pages: IntroPageLink[];
  /** The latest change of the officials the chart is drawn from (ISO timestamp). */
  lastUpdated: string | null;
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
  /** The latest change of what the page shows: the page, and the leaders on the organisation section. */
  lastUpdated: string | null;
}

/** `GET /api/officials`: the leaders page. */
export interface OfficialsResponse {
  groups: OfficialGroup[];
  /** The introduction pages, for the navigation of the section. */
  pages: IntroPageLink[];
  /** The latest change of the leaders listed (ISO timestamp). */
  lastUpdated: string | null;
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
