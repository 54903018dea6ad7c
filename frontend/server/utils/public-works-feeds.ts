/**
 * RSS 2.0 feeds of the plan and bidding sections, in the shape of the news and documents feeds
 * (rss-feeds.ts): the provincial portal follows what a commune plans and what it puts out to tender.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { absoluteUrl, type RssChannel, type RssItem } from './feed-xml';
import { noticePath } from './investment-content';
import { planPath } from './plan-content';
import { readCommuneList } from './public-content';
import { NOTICE_LIST_QUERY, PLAN_LIST_QUERY, type RawPublicNotice, type RawPublicPlan } from './public-works-content';
import { channel, enclosureOf, FEED_SIZE } from './rss-feeds';
import { siteOrigin } from './site-origin';
import { formatPeriod } from '#shared/utils/public-works';

export const PUBLIC_WORKS_RSS_PATHS = {
  plans: '/rss/quy-hoach-ke-hoach.xml',
  bidding: '/rss/dau-thau.xml',
} as const;

function planItem(event: H3Event, origin: string, plan: RawPublicPlan): RssItem {
  const period = plan.periodStart ? ` (thời kỳ ${formatPeriod(plan.periodStart, plan.periodEnd ?? null)})` : '';
  return {
    title: `${plan.title}${period}`,
    link: absoluteUrl(origin, planPath(plan)),
    description: plan.summary?.trim() || null,
    pubDate: plan.publishedAt ?? null,
    categories: [plan.planKind, plan.planStatus, plan.field].filter((name): name is string => Boolean(name?.trim())),
    enclosure: enclosureOf(event, origin, plan.files?.[0]),
  };
}

function noticeItem(event: H3Event, origin: string, notice: RawPublicNotice): RssItem {
  return {
    // Readers list titles only, so the kind goes into the title as well.
    title: notice.noticeKind ? `${notice.noticeKind}: ${notice.title}` : notice.title,
    link: absoluteUrl(origin, noticePath(notice)),
    description: notice.summary?.trim() || null,
    pubDate: notice.publishedAt ?? null,
    categories: [notice.noticeKind, notice.project?.name].filter((name): name is string => Boolean(name?.trim())),
    enclosure: enclosureOf(event, origin, notice.files?.[0]),
  };
}

export async function plansFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawPublicPlan>(event, commune, '/api/plans', {
    ...PLAN_LIST_QUERY,
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  return channel(
    origin,
    PUBLIC_WORKS_RSS_PATHS.plans,
    '/quy-hoach-ke-hoach',
    `${commune.name} – Quy hoạch, kế hoạch`,
    `Chiến lược, chương trình, quy hoạch, kế hoạch mới đăng của ${commune.name}, ${commune.province}.`,
    list.data.map((plan) => planItem(event, origin, plan)),
  );
}

export async function biddingFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawPublicNotice>(event, commune, '/api/bidding-notices', {
    ...NOTICE_LIST_QUERY,
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  return channel(
    origin,
    PUBLIC_WORKS_RSS_PATHS.bidding,
    '/dau-tu-dau-thau',
    `${commune.name} – Đấu thầu, mua sắm công`,
    `Kế hoạch lựa chọn nhà thầu, thông báo mời thầu, kết quả lựa chọn nhà thầu và mua sắm công của ${commune.name}, ${commune.province}.`,
    list.data.map((notice) => noticeItem(event, origin, notice)),
  );
}
