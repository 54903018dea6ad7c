/**
 * Maps Strapi 5 REST responses to the shapes the pages use (shared/types): only the fields
 * a page needs reach the browser (every byte is also serialised into the page payload),
 * and media URLs are rewritten to this site's own `/uploads/…` route.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { Block, BlockImage, HeadingLevel, InlineNode, ListBlock, ListItemBlock, TextNode } from '#shared/types/blocks';
import type {
  Article,
  ArticleKind,
  ArticleSummary,
  CategoryRef,
  DocumentSummary,
  Figure,
  ImageFormat,
  ImageFormatName,
  MediaImage,
  MenuItem,
  NavLink,
  SiteSettings,
  SocialLink,
} from '#shared/types/content';
import { SOCIAL_CHANNELS, siteLinkProblems } from '../../../cms/src/domain/site-links';
import type { Populated, Present } from '../types/strapi-answer';
import type {
  ArticleAnswer,
  CategoryAnswer,
  DocumentAnswer,
  MediaFigureComponent,
  NavigationLinkComponent,
  NavigationMenuItemComponent,
  SiteSettingAnswer,
  UploadFileAnswer,
} from '../types/strapi-answers.generated';

/** `GET /api/<collection>` in Strapi 5: flat entries, no `attributes` wrapper. */
export interface StrapiList<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** A media file as the pages read it (url, size, alternative text, the resized copies). */
export type RawMedia = Pick<UploadFileAnswer, 'url' | 'width' | 'height' | 'alternativeText' | 'formats'>;

export type RawFigure = Pick<MediaFigureComponent, 'alt' | 'caption'> & Populated<MediaFigureComponent, 'image', RawMedia>;

export type RawArticle = Pick<
  ArticleAnswer,
  'documentId' | 'summary' | 'body' | 'kind' | 'featured' | 'authorName' | 'source' | 'tags' | 'publishedAt'
> &
  Present<ArticleAnswer, 'title' | 'slug'> &
  Populated<ArticleAnswer, 'cover' | 'gallery', RawFigure> &
  Populated<ArticleAnswer, 'category', Pick<CategoryAnswer, 'name' | 'slug'>>;

export type RawDocument = Pick<
  DocumentAnswer,
  'documentId' | 'number' | 'symbol' | 'numberSymbol' | 'documentType' | 'summary' | 'issueDate'
>;

type RawLink = Pick<NavigationLinkComponent, 'label' | 'url' | 'description'>;

export type RawSiteSettings = Pick<SiteSettingAnswer, 'siteTitle' | 'footerText' | 'zaloUrl' | 'facebookUrl' | 'youtubeUrl'> &
  Populated<
    SiteSettingAnswer,
    'menu',
    Pick<NavigationMenuItemComponent, 'label' | 'url'> & Populated<NavigationMenuItemComponent, 'children', RawLink>
  > &
  Populated<SiteSettingAnswer, 'featuredLinks', RawLink>;

/**
 * Strapi's local upload provider returns `/uploads/x.jpg`, served here by
 * server/routes/uploads; an absolute URL on Strapi's own origin is made relative the same way.
 * Anything else (an S3 or CDN URL) is already public and stays as it is.
 */
export function publicMediaUrl(url: string, strapiUrl: string): string {
  const origin = strapiUrl.replace(/\/+$/, '');
  return url.startsWith(`${origin}/uploads/`) ? url.slice(origin.length) : url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const FORMAT_NAMES: readonly ImageFormatName[] = ['thumbnail', 'small', 'medium', 'large'];

export function toMediaImage(raw: RawMedia | null | undefined, strapiUrl: string): MediaImage | null {
  if (!raw?.url) return null;
  const formats: Partial<Record<ImageFormatName, ImageFormat>> = {};
  for (const name of FORMAT_NAMES) {
    const format = raw.formats?.[name];
    if (format?.url && format.width && format.height) {
      formats[name] = { url: publicMediaUrl(format.url, strapiUrl), width: format.width, height: format.height };
    }
  }
  return {
    url: publicMediaUrl(raw.url, strapiUrl),
    width: raw.width ?? null,
    height: raw.height ?? null,
    alternativeText: text(raw.alternativeText),
    formats,
  };
}

/** A figure whose image was deleted from the media library is dropped. */
export function toFigure(raw: RawFigure | null | undefined, strapiUrl: string): Figure | null {
  const image = toMediaImage(raw?.image, strapiUrl);
  if (!raw || !image) return null;
  return { image, alt: text(raw.alt) ?? image.alternativeText ?? '', caption: text(raw.caption) };
}

function toKind(kind: string | null | undefined): ArticleKind {
  return kind === 'bai' ? 'bai' : 'tin';
}

export function toArticleSummary(raw: RawArticle, strapiUrl: string): ArticleSummary {
  return {
    documentId: raw.documentId,
    title: raw.title,
    slug: raw.slug,
    summary: text(raw.summary),
    kind: toKind(raw.kind),
    publishedAt: raw.publishedAt ?? '',
    cover: toFigure(raw.cover, strapiUrl),
  };
}

function toCategory(raw: RawArticle['category']): CategoryRef | null {
  return raw?.name && raw.slug ? { name: raw.name, slug: raw.slug } : null;
}

export function toArticle(raw: RawArticle, strapiUrl: string): Article {
  return {
    ...toArticleSummary(raw, strapiUrl),
    body: normaliseBlocks(raw.body, strapiUrl),
    gallery: (raw.gallery ?? []).map((figure) => toFigure(figure, strapiUrl)).filter((figure) => figure !== null),
    category: toCategory(raw.category),
    featured: raw.featured === true,
    authorName: text(raw.authorName),
    source: text(raw.source),
    tags: (raw.tags ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}

export function toDocumentSummary(raw: RawDocument): DocumentSummary {
  const composed = [raw.number, raw.symbol].filter(Boolean).join('/');
  return {
    documentId: raw.documentId,
    numberSymbol: text(raw.numberSymbol) ?? composed,
    documentType: raw.documentType ?? '',
    summary: raw.summary ?? '',
    issueDate: raw.issueDate ?? '',
  };
}

function toNavLink(raw: RawLink): NavLink | null {
  const label = text(raw.label);
  const url = text(raw.url);
  return label && url ? { label, url, description: text(raw.description) } : null;
}

export function toSiteSettings(raw: RawSiteSettings): SiteSettings {
  const menu: MenuItem[] = [];
  for (const item of raw.menu ?? []) {
    const link = toNavLink(item);
    if (!link) continue;
    const children = (item.children ?? []).map(toNavLink).filter((child) => child !== null);
    menu.push({ label: link.label, url: link.url, children });
  }
  return {
    siteTitle: raw.siteTitle ?? '',
    menu,
    featuredLinks: (raw.featuredLinks ?? []).map(toNavLink).filter((link) => link !== null),
    footerText: text(raw.footerText),
    socialLinks: toSocialLinks(raw),
  };
}

/**
 * The commune's official channels, in the footer. Checked again here as in the CMS
 * (cms/src/domain/site-links.ts): an address on another host is left out, not linked.
 */
export function toSocialLinks(raw: RawSiteSettings): SocialLink[] {
  return SOCIAL_CHANNELS.flatMap((channel) => {
    const value = raw[channel.field];
    return value && siteLinkProblems({ [channel.field]: value }, []).length === 0 ? [{ name: channel.name, url: value.trim() }] : [];
  });
}

/* ---------- blocks ---------- */

const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];
const TEXT_MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;

function toTextNode(raw: Record<string, unknown>): TextNode | null {
  if (raw.type !== 'text' || typeof raw.text !== 'string') return null;
  const node: TextNode = { type: 'text', text: raw.text };
  for (const mark of TEXT_MARKS) {
    if (raw[mark] === true) node[mark] = true;
  }
  return node;
}

function childRecords(raw: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(raw.children) ? raw.children.filter(isRecord) : [];
}

function toTextNodes(raw: Record<string, unknown>): TextNode[] {
  return childRecords(raw)
    .map(toTextNode)
    .filter((node) => node !== null);
}

function toInlineNodes(raw: Record<string, unknown>): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const child of childRecords(raw)) {
    if (child.type === 'link' && typeof child.url === 'string') {
      nodes.push({ type: 'link', url: child.url, children: toTextNodes(child) });
    } else {
      const node = toTextNode(child);
      if (node) nodes.push(node);
    }
  }
  return nodes;
}

function toList(raw: Record<string, unknown>): ListBlock {
  const children: (ListItemBlock | ListBlock)[] = [];
  for (const child of childRecords(raw)) {
    if (child.type === 'list-item') children.push({ type: 'list-item', children: toInlineNodes(child) });
    else if (child.type === 'list') children.push(toList(child));
  }
  return { type: 'list', format: raw.format === 'ordered' ? 'ordered' : 'unordered', children };
}

function toBlockImage(raw: unknown, strapiUrl: string): BlockImage | null {
  if (!isRecord(raw) || typeof raw.url !== 'string') return null;
  return {
    url: publicMediaUrl(raw.url, strapiUrl),
    alternativeText: typeof raw.alternativeText === 'string' ? text(raw.alternativeText) : null,
    width: typeof raw.width === 'number' ? raw.width : null,
    height: typeof raw.height === 'number' ? raw.height : null,
  };
}

function toBlock(raw: Record<string, unknown>, strapiUrl: string): Block | null {
  switch (raw.type) {
    case 'paragraph':
      return { type: 'paragraph', children: toInlineNodes(raw) };
    case 'heading': {
      const level = HEADING_LEVELS.find((candidate) => candidate === raw.level) ?? 2;
      return { type: 'heading', level, children: toInlineNodes(raw) };
    }
    case 'list':
      return toList(raw);
    case 'quote':
      return { type: 'quote', children: toInlineNodes(raw) };
    case 'code':
      return { type: 'code', children: toTextNodes(raw) };
    case 'image': {
      const image = toBlockImage(raw.image, strapiUrl);
      return image ? { type: 'image', image } : null;
    }
    default:
      return null;
  }
}

/**
 * Validates Strapi blocks JSON node by node. Unknown or malformed nodes are dropped, so the
 * renderer can rely on the types; text stays text (the renderer never uses v-html).
 */
export function normaliseBlocks(raw: unknown, strapiUrl: string): Block[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .map((node) => toBlock(node, strapiUrl))
    .filter((block) => block !== null);
}
