/**
 * Every public address of a commune site, for `/sitemap.xml`.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { communeCacheKey } from './commune-cache-key';
import type { StrapiList } from './content';
import { SITEMAP_MAX_URLS } from './feed-xml';
import { articlePath, categoryPath, documentPath, pagePath, procedurePath } from './public-content';
import { publicWorksSitemapPaths } from './public-works-sitemap';
import { citizenVoiceSitemapPaths } from './citizen-voice-sitemap';
import type { StrapiQuery } from './strapi-query';
import { officialPath } from './intro-content';

export interface SitemapPath {
  path: string;
  lastmod: string | null;
}

/** Seconds the list is reused: crawlers come rarely, and it takes one Strapi read per 100 entries. */
const SITEMAP_MAX_AGE = 300;
const STRAPI_PAGE_SIZE = 100;

interface Row {
  documentId: string;
  slug?: string | null;
  locale?: string | null;
  updatedAt?: string | null;
  weekStart?: string | null;
}

/** All rows of one list of the commune, page by page, up to the sitemap's limit. */
export async function readAll(event: H3Event, commune: PublicCommune, path: string, query: StrapiQuery): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; rows.length < SITEMAP_MAX_URLS; page += 1) {
    const list = await strapiGet<StrapiList<Row>>(event, path, {
      ...query,
      filters: communeFilter(commune.slug),
      sort: ['id:asc'],
      pagination: { page, pageSize: STRAPI_PAGE_SIZE },
    });
    rows.push(...list.data);
    if (list.data.length === 0 || page >= list.meta.pagination.pageCount) break;
  }
  return rows;
}

function newest(rows: readonly Row[]): string | null {
  return rows.reduce<string | null>((latest, row) => (row.updatedAt && (!latest || row.updatedAt > latest) ? row.updatedAt : latest), null);
}

/** Budget reports, statistics, the weekly schedules and the access-to-information page. */
async function disclosureSitemapPaths(event: H3Event, commune: PublicCommune): Promise<SitemapPath[]> {
  const [budget, statistics, schedules, infoAccess] = await Promise.all([
    readAll(event, commune, '/api/budget-reports', { fields: ['slug', 'updatedAt'] }),
    readAll(event, commune, '/api/statistics', { fields: ['slug', 'updatedAt'] }),
    readAll(event, commune, '/api/work-schedules', { fields: ['weekStart', 'updatedAt'] }),
    readAll(event, commune, '/api/info-accesses', { fields: ['updatedAt'] }),
  ]);
  const entry = (path: string, lastmod: string | null | undefined): SitemapPath => ({ path, lastmod: lastmod ?? null });
  const keyOf = (row: Row): string => encodeURIComponent(row.slug ?? row.documentId);
  return [
    entry('/cong-khai-ngan-sach', newest(budget)),
    ...budget.map((row) => entry(`/cong-khai-ngan-sach/${keyOf(row)}`, row.updatedAt)),
    entry('/thong-ke', newest(statistics)),
    ...statistics.map((row) => entry(`/thong-ke/${keyOf(row)}`, row.updatedAt)),
    entry('/lich-cong-tac', newest(schedules)),
    ...schedules.filter((row) => row.weekStart).map((row) => entry(`/lich-cong-tac/${row.weekStart ?? ''}`, row.updatedAt)),
    entry('/tiep-can-thong-tin', newest(infoAccess)),
  ];
}

/** Site paths (relative, so one cached list serves every domain of the commune) with their last change. */
export const sitemapPaths = defineCachedFunction(
  async (event: H3Event, commune: PublicCommune): Promise<SitemapPath[]> => {
    const [articles, categories, documents, procedures, pages, englishPages] = await Promise.all([
      readAll(event, commune, '/api/articles', { fields: ['slug', 'updatedAt'] }),
      readAll(event, commune, '/api/categories', { fields: ['slug', 'updatedAt'] }),
      readAll(event, commune, '/api/documents', { fields: ['updatedAt'] }),
      readAll(event, commune, '/api/procedures', { fields: ['slug', 'updatedAt'] }),
      readAll(event, commune, '/api/pages', { fields: ['slug', 'locale', 'updatedAt'] }),
      readAll(event, commune, '/api/pages', { fields: ['slug', 'locale', 'updatedAt'], locale: 'en' }),
    ]);
    // Leaders have pages of their own and make up the organisation chart (read apart: a small list).
    const officials = await readAll(event, commune, '/api/officials', { fields: ['slug', 'updatedAt'] });
    const disclosure = await disclosureSitemapPaths(event, commune);
    const entry = (path: string, lastmod: string | null | undefined): SitemapPath => ({ path, lastmod: lastmod ?? null });
    const publicWorks = await publicWorksSitemapPaths(event, commune);
    const citizenVoice = await citizenVoiceSitemapPaths(event, commune);
    const allContent = [...articles, ...documents, ...procedures, ...pages, ...englishPages];
    const paths: SitemapPath[] = [
      entry('/', newest(allContent)),
      entry('/tin-tuc', newest(articles)),
      ...categories.filter((row) => row.slug).map((row) => entry(categoryPath(row.slug ?? ''), row.updatedAt)),
      ...articles
        .filter((row) => row.slug)
        .map((row) => entry(articlePath({ documentId: row.documentId, slug: row.slug ?? '' }), row.updatedAt)),
      // The document search tool's page is also the list of documents.
      entry('/van-ban', newest(documents)),
      ...documents.map((row) => entry(documentPath(row), row.updatedAt)),
      entry('/thu-tuc-hanh-chinh', newest(procedures)),
      ...procedures.map((row) => entry(procedurePath(row), row.updatedAt)),
      ...publicWorks,
      entry('/gioi-thieu', newest(pages)),
      ...pages.map((row) => entry(pagePath({ ...row, locale: 'vi' }), row.updatedAt)),
      entry('/gioi-thieu/lanh-dao', newest(officials)),
      ...officials.filter((row) => officialPath(row.slug)).map((row) => entry(officialPath(row.slug) ?? '', row.updatedAt)),
      entry('/gioi-thieu/so-do-to-chuc', newest(officials)),
      ...(englishPages.length > 0 ? [entry('/en', newest(englishPages))] : []),
      ...englishPages.map((row) => entry(pagePath({ ...row, locale: 'en' }), row.updatedAt)),
      entry('/lien-he', null),
      entry('/tim-kiem', null),
      ...disclosure,
      ...citizenVoice,
    ];
    // One path once (an English page whose slug is `en`…), in this order.
    const seen = new Set<string>();
    const unique = paths.filter(({ path }) => {
      if (seen.has(path)) return false;
      seen.add(path);
      return true;
    });
    return unique.slice(0, SITEMAP_MAX_URLS);
  },
  {
    name: 'sitemap',
    maxAge: SITEMAP_MAX_AGE,
    getKey: (_event: H3Event, commune: PublicCommune) => communeCacheKey(commune.slug),
  },
);
