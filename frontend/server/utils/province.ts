/**
 * The province host (NUXT_PROVINCE_HOST, e.g. `xaphuong.langson.gov.vn`): the provincial portal's
 * view of every commune site (Decree 224/2026/NĐ-CP Art. 11(1): a commune site is a component of
 * the provincial portal). It serves the list of active communes' sites, and news and documents
 * across all of them as RSS and JSON, so the portal reads one address instead of 55.
 *
 * Cost: one Strapi query per list, not one per commune. The site asks Strapi's content API with
 * `x-commune: *`, which the tenancy guard answers from every active commune at once (published
 * content only, suspended communes excluded, nothing writable). Answers are cached under a key
 * made of every active commune's content version, so a publish anywhere shows within a poll and
 * nothing else ever reaches Strapi twice.
 */
import { createHash } from 'node:crypto';
import type { H3Event } from 'h3';
import type { PublicCommune, PublicCommuneList } from '#commune-tenancy';
import type { PublicApiCommune, PublicApiPagination, PublicDocumentItem, PublicNewsItem } from '#shared/types/public-api';
import { provinceTitle } from '#shared/utils/format';
import { todayInVietnamIso } from '#shared/utils/search';
import { linkOrigin, originFor } from '#shared/utils/site-origin';
import type { StrapiList } from './content';
import type { StrapiQuery } from './strapi-query';
import { contentVersionsTag } from './commune-cache-key';
import { absoluteUrl, type RssChannel, type RssItem } from './feed-xml';
import { hostFromHeader } from './host';
import { publicApiSearch, type PublicApiQuery } from './public-api-query';
import {
  ARTICLE_LIST_QUERY,
  DOCUMENT_LIST_QUERY,
  documentApiItem,
  newsApiItem,
  type RawPublicArticle,
  type RawPublicDocument,
} from './public-content';
import { FEED_SIZE } from './rss-feeds';
import type { CommuneAnswer } from '../types/strapi-answers.generated';

/** Every active commune, read as one (plugins/commune-tenancy/server/src/guard/actor.ts). */
const EVERY_ACTIVE_COMMUNE = '*';

/**
 * The active communes, kept 5 s (the tenancy guard's own time for a suspension made elsewhere):
 * a suspended commune leaves the province's list as soon as it leaves Strapi's answers.
 */
export const provinceCommunes = defineCachedFunction(
  async (event: H3Event): Promise<PublicCommune[]> => (await strapiGet<PublicCommuneList>(event, '/api/commune-tenancy/communes')).data,
  { name: 'province-communes', maxAge: 5, swr: true, getKey: () => 'all' },
);

export interface ProvinceApiList<T> {
  province: { name: string; url: string };
  data: Array<T & { commune: PublicApiCommune }>;
  meta: PublicApiPagination;
  links: { self: string; prev: string | null; next: string | null };
}

/** True when the request came on the configured province host (never X-Forwarded-Host). */
export function isProvinceHost(event: H3Event): boolean {
  const configured = String(useRuntimeConfig().provinceHost ?? '')
    .trim()
    .toLowerCase();
  if (configured === '') return false;
  return hostFromHeader(getRequestHost(event, { xForwardedHost: false })) === configured;
}

export function provinceOrigin(): string {
  return originFor(linkSettings(), String(useRuntimeConfig().provinceHost).trim().toLowerCase());
}

/** The commune's own home page, on its primary domain. */
export function communeHome(commune: PublicCommune): string {
  return linkOrigin(linkSettings(), commune, null);
}

/** `Tỉnh Lạng Sơn`: NUXT_PROVINCE_NAME, else the province the communes share. */
export function provinceName(communes: readonly PublicCommune[]): string {
  const configured = String(useRuntimeConfig().provinceName ?? '').trim();
  if (configured) return configured;
  const named = [...new Set(communes.map((commune) => commune.province.trim()))];
  return named.length === 1 && named[0] ? provinceTitle(named[0]) : 'Tỉnh';
}

const readAcrossCommunes = defineCachedFunction(
  async (event: H3Event, path: string, query: StrapiQuery, _key: string): Promise<StrapiList<unknown>> =>
    strapiGet<StrapiList<unknown>>(event, path, query, { communeHeader: EVERY_ACTIVE_COMMUNE }),
  {
    name: 'province-lists',
    maxAge: 600,
    swr: true,
    getKey: (_event: H3Event, path: string, _query: StrapiQuery, key: string) => `${path}:${key}`,
  },
);

const toApiCommune = (event: H3Event, commune: PublicCommune): PublicApiCommune => ({
  name: commune.name,
  slug: commune.slug,
  code: commune.code,
  province: commune.province,
  url: `${communeHome(commune)}/`,
});

interface RowWithCommune {
  commune?: Pick<CommuneAnswer, 'slug'> | null;
}

/** One page of one list across the communes, each row with the commune it belongs to. */
async function acrossCommunes<R extends RowWithCommune>(
  event: H3Event,
  path: string,
  strapiQuery: StrapiQuery,
  query: PublicApiQuery,
  filters: StrapiQuery,
): Promise<{ rows: Array<{ row: R; commune: PublicCommune }>; pagination: PublicApiPagination }> {
  const communes = await provinceCommunes(event);
  const bySlug = new Map(communes.map((commune) => [commune.slug, commune]));
  const given = strapiQuery['populate'];
  const populate: StrapiQuery = {
    ...(typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as StrapiQuery) : {}),
    commune: { fields: ['slug'] },
  };
  const full: StrapiQuery = {
    ...strapiQuery,
    populate,
    filters: { ...filters, ...(query.commune ? { commune: { slug: { $eq: query.commune } } } : {}) },
    pagination: { page: query.page, pageSize: query.pageSize },
  };
  // Any publish anywhere, or a commune going online or offline, moves the versions' tag.
  const key = `${contentVersionsTag()}:${createHash('sha256').update(JSON.stringify(full)).digest('hex').slice(0, 16)}`;
  const list = (await readAcrossCommunes(event, path, full, key)) as StrapiList<R>;
  const rows = list.data.flatMap((row) => {
    const commune = bySlug.get(row.commune?.slug ?? '');
    return commune ? [{ row, commune }] : [];
  });
  const { total, pageCount } = list.meta.pagination;
  return { rows, pagination: { page: query.page, pageSize: query.pageSize, pageCount, total } };
}

function newsItem(event: H3Event, article: RawPublicArticle, commune: PublicCommune): PublicNewsItem & { commune: PublicApiCommune } {
  return { ...newsApiItem(event, communeHome(commune), article), commune: toApiCommune(event, commune) };
}

function documentItem(
  event: H3Event,
  document: RawPublicDocument,
  commune: PublicCommune,
  today: string,
): PublicDocumentItem & { commune: PublicApiCommune } {
  return { ...documentApiItem(event, communeHome(commune), document, today), commune: toApiCommune(event, commune) };
}

export async function provinceNews(
  event: H3Event,
  query: PublicApiQuery,
): Promise<{ items: Array<PublicNewsItem & { commune: PublicApiCommune }>; pagination: PublicApiPagination }> {
  const filters = query.category ? { category: { slug: { $eq: query.category } } } : {};
  const { rows, pagination } = await acrossCommunes<RawPublicArticle & RowWithCommune>(
    event,
    '/api/articles',
    ARTICLE_LIST_QUERY,
    query,
    filters,
  );
  return { items: rows.map(({ row, commune }) => newsItem(event, row, commune)), pagination };
}

export async function provinceDocuments(
  event: H3Event,
  query: PublicApiQuery,
): Promise<{ items: Array<PublicDocumentItem & { commune: PublicApiCommune }>; pagination: PublicApiPagination }> {
  const today = todayInVietnamIso();
  const { rows, pagination } = await acrossCommunes<RawPublicDocument & RowWithCommune>(
    event,
    '/api/documents',
    DOCUMENT_LIST_QUERY,
    query,
    {},
  );
  return { items: rows.map(({ row, commune }) => documentItem(event, row, commune, today)), pagination };
}

/** The JSON answer: the page, the province, and links to its neighbours on the province host. */
export async function provinceApiList<T>(
  event: H3Event,
  query: PublicApiQuery,
  page: { items: Array<T & { commune: PublicApiCommune }>; pagination: PublicApiPagination },
): Promise<ProvinceApiList<T>> {
  const origin = provinceOrigin();
  const endpoint = `${origin}${getRequestURL(event).pathname}`;
  const link = (number: number) => `${endpoint}?${publicApiSearch(query, number)}`;
  const { pageCount } = page.pagination;
  return {
    province: { name: provinceName(await provinceCommunes(event)), url: `${origin}/` },
    data: page.items,
    meta: page.pagination,
    links: {
      self: link(query.page),
      prev: query.page > 1 ? link(Math.min(query.page - 1, Math.max(pageCount, 1))) : null,
      next: query.page < pageCount ? link(query.page + 1) : null,
    },
  };
}

/** The RSS channel of the latest items across the communes; each title says whose it is. */
export async function provinceFeed(event: H3Event, kind: 'news' | 'documents'): Promise<RssChannel> {
  const origin = provinceOrigin();
  const province = provinceName(await provinceCommunes(event));
  const query: PublicApiQuery = { page: 1, pageSize: FEED_SIZE };
  const items: RssItem[] =
    kind === 'news'
      ? (await provinceNews(event, query)).items.map((item) => ({
          title: `${item.commune.name}: ${item.title}`,
          link: item.url,
          description: item.summary,
          pubDate: item.publishedAt,
          categories: [item.commune.name, item.category?.name].filter((name): name is string => Boolean(name)),
          enclosure: null,
        }))
      : (await provinceDocuments(event, query)).items.map((item) => ({
          title: `${item.commune.name}: ${[item.documentType, item.numberSymbol ? `số ${item.numberSymbol}` : null].filter(Boolean).join(' ')}${item.summary ? `: ${item.summary}` : ''}`,
          link: item.url,
          description: item.summary,
          pubDate: item.publishedAt,
          categories: [item.commune.name, item.documentType].filter((name): name is string => Boolean(name)),
          enclosure: null,
        }));
  const dates = items
    .map((item) => item.pubDate)
    .filter((date): date is string => Boolean(date))
    .sort();
  const path = kind === 'news' ? '/rss/tin-tuc.xml' : '/rss/van-ban.xml';
  return {
    title: kind === 'news' ? `Tin tức các xã, phường – ${province}` : `Văn bản các xã, phường – ${province}`,
    link: `${origin}/`,
    description:
      kind === 'news' ? `Tin tức mới nhất của các xã, phường thuộc ${province}.` : `Văn bản mới đăng của các xã, phường thuộc ${province}.`,
    selfUrl: absoluteUrl(origin, path),
    lastBuildDate: dates.at(-1) ?? new Date().toISOString(),
    ttl: 15,
    items,
  };
}
