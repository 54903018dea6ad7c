/**
 * Content as the BFF (server/api) returns it to the pages: only the fields the pages use,
 * media URLs already pointing at this site's own `/uploads/…` route.
 */
import type { Block } from './blocks';

export type ImageFormatName = 'thumbnail' | 'small' | 'medium' | 'large';

export interface ImageFormat {
  url: string;
  width: number;
  height: number;
}

export interface MediaImage {
  url: string;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
  /** Smaller renditions Strapi generated; absent for small originals and SVG. */
  formats: Partial<Record<ImageFormatName, ImageFormat>>;
}

/** The `media.figure` component: an image with its required alt text and a caption. */
export interface Figure {
  image: MediaImage;
  alt: string;
  caption: string | null;
}

export interface CategoryRef {
  name: string;
  slug: string;
}

/** `tin` is a short news item, `bai` a longer article; reports count them apart. */
export type ArticleKind = 'tin' | 'bai';

export interface ArticleSummary {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  kind: ArticleKind;
  publishedAt: string;
  cover: Figure | null;
}

export interface Article extends ArticleSummary {
  body: Block[];
  gallery: Figure[];
  category: CategoryRef | null;
  featured: boolean;
  authorName: string | null;
  source: string | null;
  tags: string[];
}

export interface DocumentSummary {
  documentId: string;
  /** `239/BC-UBND`. */
  numberSymbol: string;
  documentType: string;
  summary: string;
  /** ISO date `YYYY-MM-DD`. */
  issueDate: string;
}

export interface NavLink {
  label: string;
  url: string;
  description: string | null;
}

export interface MenuItem {
  label: string;
  url: string;
  children: NavLink[];
}

export interface SiteSettings {
  siteTitle: string;
  menu: MenuItem[];
  featuredLinks: NavLink[];
  footerText: string | null;
  /** The commune's official social channels (Zalo OA, Facebook, YouTube), checked https addresses. */
  socialLinks: SocialLink[];
}

export interface SocialLink {
  /** `Zalo OA`, `Trang Facebook`, `Kênh YouTube`. */
  name: string;
  url: string;
}
