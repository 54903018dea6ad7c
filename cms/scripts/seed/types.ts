/**
 * The shape of the demo data. Each demo commune is one `SeedCommune`, read from content/<slug>/;
 * seed.ts turns it into Strapi documents, generated images and generated PDFs.
 */
import type { DocumentTypeName } from '../../src/domain/document-number';

/** Rich text as the seed writes it; converted to Strapi "blocks" by blocks.ts. */
export type SeedRichText = Array<string | { heading: string } | { list: string[] }>;

export interface SeedCategory {
  slug: string;
  name: string;
  description?: string;
  /** Slug of the parent category, for the tree. */
  parent?: string;
}

export interface SeedArticle {
  slug: string;
  title: string;
  summary: string;
  body: SeedRichText;
  /** Slug of one of the commune's categories. */
  category: string;
  kind: 'tin' | 'bai';
  featured?: boolean;
  authorName?: string;
  source?: string;
  /** Comma-separated keywords. */
  tags?: string;
  /** Alt text of the generated cover picture (required: every image needs one). */
  coverAlt: string;
  /** Short words drawn on the generated cover picture. */
  coverLabel: string;
  /** Alt texts of extra generated pictures for the gallery (0–3). */
  gallery?: string[];
  /** ISO date-time; the seed publishes the article with this date as its publication date. */
  publishedAt: string;
}

/** A document's type: one of the CMS enumeration (stated once, in the domain rules). */
export type DocumentType = DocumentTypeName;

export interface SeedDocument {
  /** Number part as written, leading zeros kept: "239", "02". */
  number: string;
  /** Everything after the first slash: "BC-UBND", "2022/NĐ-CP", "VP-TT". */
  symbol: string;
  documentType: DocumentType;
  issuingBody: string;
  /** Left out when the demo data does not know who signed (the site then shows no signer). */
  signer?: string;
  signerPosition: string;
  /** ISO dates (YYYY-MM-DD). effectiveDate ≥ issueDate; expiryDate > effectiveDate. */
  issueDate: string;
  effectiveDate?: string;
  expiryDate?: string;
  field: string;
  /** Trích yếu, at most 500 characters. */
  summary: string;
  /** Text of the generated PDF, paragraph by paragraph (what a reader of the file sees). */
  content: string[];
  /** Written forms ("239/BC-UBND") of other demo documents of the same commune this one relates to. */
  related?: Array<{
    numberSymbol: string;
    relationKind: 'Thay thế' | 'Sửa đổi, bổ sung' | 'Hướng dẫn' | 'Căn cứ' | 'Bãi bỏ' | 'Bãi bỏ một phần';
  }>;
}

export interface SeedProcedure {
  /** National procedure code, e.g. "1.001612". */
  code: string;
  slug: string;
  name: string;
  field: string;
  agency: string;
  onlineLevel: 'Toàn trình' | 'Một phần' | 'Trực tiếp';
  howToFile: SeedRichText;
  steps: SeedRichText;
  dossier: SeedRichText;
  processingTime: string;
  fees: string;
  applicants: string;
  result: string;
  legalBasisText: string;
  /** Written forms of demo documents of the same commune that are part of the legal basis. */
  legalBasisDocuments?: string[];
  /** Titles of forms to generate as small PDFs ("Tờ khai đăng ký khai sinh"). */
  forms?: string[];
  onlineServiceUrl?: string;
}

export interface SeedOfficial {
  fullName: string;
  position: string;
  positionEn: string;
  unit: string;
  phone: string;
  email: string;
  order: number;
  termStart?: string;
  termEnd?: string;
  /** Short biography (Decree 224/2026 Art. 9(1)(c)): born, home town, education, career; one line each. */
  biography?: string[];
  /** Assigned duties (nhiệm vụ được phân công), one line each. */
  duties?: string[];
}

export interface SeedContact {
  unitName: string;
  unitNameEn?: string;
  role: 'Văn phòng' | 'Bộ phận một cửa' | 'Người phát ngôn' | 'Tiếp nhận phản ánh, kiến nghị' | 'Công an' | 'Quân sự' | 'Khác';
  personName?: string;
  address: string;
  phone: string;
  email?: string;
  officeHours: string;
  order: number;
}

export type PageSection = 'overview' | 'history' | 'natural_conditions' | 'culture' | 'organisation' | 'boundary_map';

export interface SeedPage {
  section: PageSection;
  slug: string;
  title: string;
  summary: string;
  body: SeedRichText;
  order: number;
  /** English version; required for the organisation page (as Decree 42/2022 asked; kept), optional elsewhere. */
  en?: { slug: string; title: string; summary: string; body: SeedRichText };
  /** Boundary map section only: the boundary as a GeoJSON object (WGS 84). */
  mapGeoJson?: Record<string, unknown>;
}

export interface SeedLink {
  label: string;
  url: string;
  description?: string;
}

export interface SeedSiteSettings {
  siteTitle: string;
  menu: Array<{ label: string; url: string; children?: SeedLink[] }>;
  featuredLinks: SeedLink[];
  footerText: string;
}

export interface SeedCommune {
  slug: string;
  name: string;
  shortName: string;
  /** Administrative unit code, five digits. */
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: string[];
  themeColor: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  contentResponsible: string;
  reuseNote: string;
  /**
   * Alt text of a generated logo, in the media library. Only some demo communes have a logo,
   * so the site is seen both with and without one.
   */
  logoAlt?: string;
  categories: SeedCategory[];
  articles: SeedArticle[];
  documents: SeedDocument[];
  procedures: SeedProcedure[];
  officials: SeedOfficial[];
  contacts: SeedContact[];
  pages: SeedPage[];
  settings: SeedSiteSettings;
}
