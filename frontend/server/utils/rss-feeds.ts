/**
 * The commune's RSS 2.0 feeds: all news, news of one category, documents. Read by the
 * provincial portal and by feed readers; advertised in every page's head (app.vue).
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { absoluteUrl, renderRss, type RssChannel, type RssItem } from './feed-xml';
import {
  ARTICLE_LIST_QUERY,
  DOCUMENT_LIST_QUERY,
  articlePath,
  categoryPath,
  documentNumberSymbol,
  documentPath,
  mediaUrl,
  readCommuneList,
  uploadBytes,
  type RawPublicArticle,
  type RawPublicCategory,
  type RawPublicDocument,
  type RawUpload,
} from './public-content';
import { siteOrigin } from './site-origin';
import type { Populated, Present } from '../types/strapi-answer';
import type { BudgetReportAnswer } from '../types/strapi-answers.generated';

/** Items per feed: the portal polls often, so the latest 20 are plenty. */
export const FEED_SIZE = 20;

/** Minutes a reader may keep a feed (RSS `ttl`); the cache behind it is shorter. */
const FEED_TTL_MINUTES = 15;

export const RSS_PATHS = {
  news: '/rss/tin-tuc.xml',
  category: (slug: string) => `/rss/tin-tuc/${encodeURIComponent(slug)}.xml`,
  documents: '/rss/van-ban.xml',
  budget: '/rss/cong-khai-ngan-sach.xml',
} as const;

const KIND_LABELS: Readonly<Record<string, string>> = { tin: 'Tin', bai: 'Bài' };

export function enclosureOf(event: H3Event, origin: string, upload: RawUpload | null | undefined): RssItem['enclosure'] {
  if (!upload?.url) return null;
  return {
    url: mediaUrl(event, origin, upload.url),
    length: uploadBytes(upload) ?? 0,
    type: upload.mime || 'application/octet-stream',
  };
}

function newsItem(event: H3Event, origin: string, article: RawPublicArticle): RssItem {
  const categories = [article.category?.name, KIND_LABELS[article.kind ?? 'tin']].filter((name): name is string => Boolean(name));
  return {
    title: article.title,
    link: absoluteUrl(origin, articlePath(article)),
    description: article.summary?.trim() || null,
    pubDate: article.publishedAt ?? null,
    categories,
    enclosure: enclosureOf(event, origin, article.cover?.image),
  };
}

function documentItem(event: H3Event, origin: string, document: RawPublicDocument): RssItem {
  const numberSymbol = documentNumberSymbol(document);
  const heading = [document.documentType, numberSymbol ? `số ${numberSymbol}` : null].filter(Boolean).join(' ') || 'Văn bản';
  const summary = document.summary?.trim() || null;
  return {
    // Readers list titles only, so the trích yếu goes into the title as well.
    title: summary ? `${heading}: ${summary}` : heading,
    link: absoluteUrl(origin, documentPath(document)),
    description: summary,
    pubDate: document.publishedAt ?? null,
    categories: [document.documentType, document.field].filter((name): name is string => Boolean(name?.trim())),
    enclosure: enclosureOf(event, origin, document.files?.[0]),
  };
}

/** The newest publication date of the items, else now: stable while nothing new is published. */
function lastBuildDate(items: readonly RssItem[]): string {
  const dates = items
    .map((item) => item.pubDate)
    .filter((date): date is string => Boolean(date))
    .sort();
  return dates.at(-1) ?? new Date().toISOString();
}

export function channel(
  origin: string,
  selfPath: string,
  pagePath: string,
  title: string,
  description: string,
  items: RssItem[],
): RssChannel {
  return {
    title,
    link: absoluteUrl(origin, pagePath),
    description,
    selfUrl: absoluteUrl(origin, selfPath),
    lastBuildDate: lastBuildDate(items),
    ttl: FEED_TTL_MINUTES,
    items,
  };
}

/** Sends a feed with its content type; cacheable briefly by browsers and proxies, per host. */
export function sendRss(event: H3Event, feed: RssChannel): string {
  setResponseHeaders(event, {
    'content-type': 'application/rss+xml; charset=utf-8',
    'cache-control': 'public, max-age=60',
    vary: 'host',
  });
  return renderRss(feed);
}

export async function newsFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawPublicArticle>(event, commune, '/api/articles', {
    ...ARTICLE_LIST_QUERY,
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map((article) => newsItem(event, origin, article));
  return channel(
    origin,
    RSS_PATHS.news,
    '/tin-tuc',
    `${commune.name} – Tin tức`,
    `Tin tức – sự kiện mới nhất của ${commune.name}, ${commune.province}.`,
    items,
  );
}

/** Null when the commune has no category with this slug. */
export async function categoryFeed(event: H3Event, commune: PublicCommune, slug: string): Promise<RssChannel | null> {
  const origin = siteOrigin(event);
  const categories = await readCommuneList<RawPublicCategory>(event, commune, '/api/categories', {
    filters: { slug: { $eq: slug } },
    fields: ['name', 'slug'],
    pagination: { page: 1, pageSize: 1 },
  });
  const category = categories.data[0];
  if (!category) return null;
  const list = await readCommuneList<RawPublicArticle>(event, commune, '/api/articles', {
    ...ARTICLE_LIST_QUERY,
    filters: { category: { slug: { $eq: category.slug } } },
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map((article) => newsItem(event, origin, article));
  return channel(
    origin,
    RSS_PATHS.category(category.slug),
    categoryPath(category.slug),
    `${commune.name} – Tin tức: ${category.name}`,
    `Tin mới nhất trong chuyên mục “${category.name}” của ${commune.name}, ${commune.province}.`,
    items,
  );
}

export async function documentsFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawPublicDocument>(event, commune, '/api/documents', {
    ...DOCUMENT_LIST_QUERY,
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map((document) => documentItem(event, origin, document));
  return channel(
    origin,
    RSS_PATHS.documents,
    '/van-ban',
    `${commune.name} – Văn bản`,
    `Văn bản chỉ đạo, điều hành mới đăng của ${commune.name}, ${commune.province}.`,
    items,
  );
}

type RawPublicBudgetReport = Pick<BudgetReportAnswer, 'documentId' | 'slug' | 'year' | 'reportKind' | 'summary' | 'publishedAt'> &
  Present<BudgetReportAnswer, 'title'> &
  Populated<BudgetReportAnswer, 'files', RawUpload>;

/** Budget disclosures (công khai ngân sách), newest first: estimates, execution, final accounts. */
export async function budgetFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawPublicBudgetReport>(event, commune, '/api/budget-reports', {
    fields: ['title', 'slug', 'year', 'reportKind', 'summary', 'publishedAt'],
    populate: { files: { fields: ['url', 'mime', 'size'] } },
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map(
    (report): RssItem => ({
      title: report.title,
      link: absoluteUrl(origin, `/cong-khai-ngan-sach/${encodeURIComponent(report.slug || report.documentId)}`),
      description: report.summary?.trim() || null,
      pubDate: report.publishedAt ?? null,
      categories: [report.reportKind, report.year ? `Năm ${report.year}` : null].filter((name): name is string => Boolean(name)),
      enclosure: enclosureOf(event, origin, report.files?.[0]),
    }),
  );
  return channel(
    origin,
    RSS_PATHS.budget,
    '/cong-khai-ngan-sach',
    `${commune.name} – Công khai ngân sách`,
    `Dự toán, tình hình thực hiện, quyết toán ngân sách và báo cáo tài chính của ${commune.name}, ${commune.province}.`,
    items,
  );
}
