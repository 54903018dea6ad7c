/**
 * What the feeds, the sitemap and the public JSON API read from Strapi, and how it becomes
 * absolute links.
 *
 * Strapi's answers are cached per commune and query, never the rendered output: links are
 * written on the origin of each request (server/utils/site-origin.ts: the configured scheme and
 * port, on the alias the request came on when it is one of the commune's domains), so a request
 * on one alias can never leave its host name in a cached body that another alias serves.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import type { LegalStatus } from '#portal-search';
import type { PublicApiCommune, PublicApiImage, PublicDocumentItem, PublicNewsItem } from '#shared/types/public-api';
import { legalStatusOn, searchHitPath } from '#shared/utils/search';
import { communeCacheKey } from './commune-cache-key';
import { publicMediaUrl, type StrapiList } from './content';
import { absoluteUrl } from './feed-xml';
import type { StrapiQuery } from './strapi-query';
import type { Populated, Present } from '../types/strapi-answer';
import type {
  ArticleAnswer,
  CategoryAnswer,
  DocumentAnswer,
  MediaFigureComponent,
  ProcedureAnswer,
  UploadFileAnswer,
} from '../types/strapi-answers.generated';

/** Storage mount of these caches: bounded, as page numbers and category slugs come from the URL. */
export const PUBLIC_CONTENT_CACHE_BASE = 'public-content-cache';

/** Seconds a Strapi answer behind a feed or the API is reused. */
export const PUBLIC_CONTENT_MAX_AGE = 60;

const cachedStrapiGet = defineCachedFunction(
  (event: H3Event, _commune: PublicCommune, path: string, query: StrapiQuery): Promise<unknown> => strapiGet<unknown>(event, path, query),
  {
    name: 'public-content',
    base: PUBLIC_CONTENT_CACHE_BASE,
    maxAge: PUBLIC_CONTENT_MAX_AGE,
    // The commune comes first in the key, like every BFF cache (see bff.ts).
    getKey: (_event: H3Event, commune: PublicCommune, path: string, query: StrapiQuery) =>
      communeCacheKey(commune.slug, path, JSON.stringify(query)),
  },
);

/** `GET /api/<collection>` of the request's commune, always with the commune filter, cached. */
export async function readCommuneList<T>(event: H3Event, commune: PublicCommune, path: string, query: StrapiQuery): Promise<StrapiList<T>> {
  const filters = typeof query.filters === 'object' && query.filters !== null && !Array.isArray(query.filters) ? query.filters : {};
  const scoped: StrapiQuery = { ...query, filters: { ...filters, ...communeFilter(commune.slug) } };
  // Strapi's contract, as in strapiGet; the mappers treat every field as possibly missing.
  return (await cachedStrapiGet(event, commune, path, scoped)) as StrapiList<T>;
}

export function publicCommune(commune: PublicCommune, origin: string): PublicApiCommune {
  return { name: commune.name, slug: commune.slug, code: commune.code, province: commune.province, url: `${origin}/` };
}

/* ---------- Strapi rows ---------- */

export type RawUpload = Pick<UploadFileAnswer, 'name' | 'url' | 'mime' | 'size' | 'alternativeText'>;

export type RawPublicArticle = Pick<ArticleAnswer, 'documentId' | 'summary' | 'kind' | 'publishedAt' | 'updatedAt'> &
  Present<ArticleAnswer, 'title' | 'slug'> &
  Populated<ArticleAnswer, 'category', Pick<CategoryAnswer, 'name' | 'slug'>> &
  Populated<ArticleAnswer, 'cover', Pick<MediaFigureComponent, 'alt'> & Populated<MediaFigureComponent, 'image', RawUpload>>;

export type RawPublicDocument = Pick<DocumentAnswer, 'documentId' | (typeof DOCUMENT_LIST_QUERY.fields)[number]> &
  Populated<DocumentAnswer, 'files', RawUpload>;

export type RawPublicProcedure = Pick<ProcedureAnswer, 'documentId' | Exclude<(typeof PROCEDURE_LIST_QUERY.fields)[number], 'name'>> &
  Present<ProcedureAnswer, 'name'>;

export type RawPublicCategory = Pick<CategoryAnswer, 'documentId' | 'updatedAt'> & Present<CategoryAnswer, 'name' | 'slug'>;

/** The Strapi query parts of each list; the feeds and the API read the same rows. */
export const ARTICLE_LIST_QUERY = {
  fields: ['title', 'slug', 'summary', 'kind', 'publishedAt', 'updatedAt'],
  populate: {
    category: { fields: ['name', 'slug'] },
    cover: { populate: { image: { fields: ['url', 'mime', 'size', 'alternativeText'] } } },
  },
  sort: ['publishedAt:desc', 'id:desc'],
} as const satisfies StrapiQuery;

export const DOCUMENT_LIST_QUERY = {
  fields: [
    'number',
    'symbol',
    'numberSymbol',
    'documentType',
    'summary',
    'issuingBody',
    'signer',
    'signerPosition',
    'field',
    'issueDate',
    'effectiveDate',
    'expiryDate',
    'publishedAt',
    'updatedAt',
  ],
  populate: { files: { fields: ['name', 'url', 'mime', 'size'] } },
  sort: ['publishedAt:desc', 'id:desc'],
} as const satisfies StrapiQuery;

export const PROCEDURE_LIST_QUERY = {
  fields: ['code', 'name', 'slug', 'field', 'agency', 'onlineLevel', 'processingTime', 'onlineServiceUrl', 'publishedAt', 'updatedAt'],
  sort: ['code:asc', 'name:asc'],
} as const satisfies StrapiQuery;

/* ---------- links ---------- */

export function articlePath(article: Pick<RawPublicArticle, 'documentId' | 'slug'>): string {
  return searchHitPath({ type: 'article', documentId: article.documentId, slug: article.slug, locale: 'vi' });
}

export function documentPath(document: Pick<RawPublicDocument, 'documentId'>): string {
  return searchHitPath({ type: 'document', documentId: document.documentId, slug: null, locale: 'vi' });
}

export function procedurePath(procedure: Pick<RawPublicProcedure, 'documentId' | 'slug'>): string {
  return searchHitPath({ type: 'procedure', documentId: procedure.documentId, slug: procedure.slug ?? null, locale: 'vi' });
}

export function pagePath(page: { documentId: string; slug?: string | null; locale?: string | null }): string {
  return searchHitPath({ type: 'page', documentId: page.documentId, slug: page.slug ?? null, locale: page.locale ?? 'vi' });
}

/** Category pages, as the seeded menus link to them. */
export function categoryPath(slug: string): string {
  return `/tin-tuc/chuyen-muc/${encodeURIComponent(slug)}`;
}

export function mediaUrl(event: H3Event, origin: string, url: string): string {
  return absoluteUrl(origin, publicMediaUrl(url, useRuntimeConfig().strapiUrl));
}

export function coverImage(event: H3Event, origin: string, article: RawPublicArticle): PublicApiImage | null {
  const image = article.cover?.image;
  if (!image?.url) return null;
  return { url: mediaUrl(event, origin, image.url), alt: article.cover?.alt?.trim() || image.alternativeText?.trim() || '' };
}

/** Strapi sizes are kilobytes with decimals. */
export function uploadBytes(upload: RawUpload): number | null {
  return typeof upload.size === 'number' ? Math.round(upload.size * 1024) : null;
}

export function documentNumberSymbol(document: RawPublicDocument): string {
  return document.numberSymbol?.trim() || [document.number, document.symbol].filter(Boolean).join('/');
}

export function documentStatus(document: RawPublicDocument, today: string): LegalStatus {
  return legalStatusOn(
    { issueDate: document.issueDate ?? null, effectiveDate: document.effectiveDate ?? null, expiryDate: document.expiryDate ?? null },
    today,
  );
}

/* ---------- items of the public JSON API (a commune's site and the province host) ---------- */

/** A news item as the public API answers it; `origin` is the commune's site. */
export function newsApiItem(event: H3Event, origin: string, article: RawPublicArticle): PublicNewsItem {
  return {
    id: article.documentId,
    title: article.title,
    slug: article.slug,
    summary: article.summary?.trim() || null,
    kind: article.kind === 'bai' ? 'bai' : 'tin',
    category: article.category?.name && article.category.slug ? { name: article.category.name, slug: article.category.slug } : null,
    publishedAt: article.publishedAt ?? null,
    updatedAt: article.updatedAt ?? null,
    url: absoluteUrl(origin, articlePath(article)),
    image: coverImage(event, origin, article),
  };
}

/** A document as the public API answers it, with its legal status on `today`. */
export function documentApiItem(event: H3Event, origin: string, document: RawPublicDocument, today: string): PublicDocumentItem {
  return {
    id: document.documentId,
    numberSymbol: documentNumberSymbol(document),
    documentType: document.documentType ?? null,
    summary: document.summary?.trim() || null,
    issuingBody: document.issuingBody ?? null,
    signer: document.signer ?? null,
    signerPosition: document.signerPosition ?? null,
    field: document.field ?? null,
    issueDate: document.issueDate ?? null,
    effectiveDate: document.effectiveDate ?? null,
    expiryDate: document.expiryDate ?? null,
    status: documentStatus(document, today),
    publishedAt: document.publishedAt ?? null,
    updatedAt: document.updatedAt ?? null,
    url: absoluteUrl(origin, documentPath(document)),
    files: (document.files ?? [])
      .filter((file) => Boolean(file.url))
      .map((file) => ({
        name: file.name ?? '',
        url: mediaUrl(event, origin, file.url ?? ''),
        mime: file.mime ?? null,
        size: uploadBytes(file),
      })),
  };
}
