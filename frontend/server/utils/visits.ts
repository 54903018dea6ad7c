/**
 * The visit counter's decisions: which requests are a person reading a page, who the visitor
 * is (a daily hash, never the address) and which day it is. Pure functions, no Nuxt
 * auto-imports: Jest imports this module directly.
 */
import { createHash, createHmac } from 'node:crypto';

/**
 * User agents of robots, link previews and scripts. Matched case-insensitively anywhere in the
 * header; an empty user agent is a robot too (every browser sends one).
 */
const ROBOT_PATTERNS = [
  'bot',
  'crawl',
  'spider',
  'slurp',
  'scrape',
  'fetch',
  'monitor',
  'preview',
  'archiver',
  'facebookexternalhit',
  'facebookcatalog',
  'embedly',
  'quora link',
  'whatsapp',
  'zalo link',
  'curl',
  'wget',
  'httpie',
  'python-requests',
  'python-urllib',
  'aiohttp',
  'go-http-client',
  'java/',
  'okhttp',
  'axios',
  'node-fetch',
  'undici',
  'libwww',
  'lighthouse',
  'pagespeed',
  'headless',
  'phantomjs',
  'puppeteer',
  'playwright',
  'selenium',
  'uptime',
  'pingdom',
];
const ROBOT = new RegExp(ROBOT_PATTERNS.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

export function isRobot(userAgent: string | undefined): boolean {
  const value = userAgent?.trim() ?? '';
  return value === '' || ROBOT.test(value);
}

/** Paths that are never a page: assets, the BFF, feeds and files for machines. */
const NOT_PAGES =
  /^\/(?:api|xem-truoc|_nuxt|_ipx|__nuxt_error|uploads|rss|feeds?)(?:\/|$)|^\/(?:sitemap\.xml|robots\.txt|favicon\.(?:ico|svg|png))$|\.(?:xml|txt|json|js|mjs|css|map|ico|png|jpe?g|gif|svg|webp|avif|woff2?|pdf)$/i;

/** A browser asking for a page: GET, HTML accepted, not an asset or a feed. */
export function isPageView(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET') return false;
  if (!accept || !/\btext\/html\b/i.test(accept)) return false;
  const pathname = path.split('?')[0] ?? '';
  return !NOT_PAGES.test(pathname);
}

export { dayInVietnam } from '../../../plugins/site-stats/shared';

/** The last day's salt: every view of a day needs it, and an HMAC per view is wasted CPU. */
let lastSalt: { secret: string; day: string; salt: Buffer } | null = null;

function saltOf(secret: string, day: string): Buffer {
  if (lastSalt?.secret !== secret || lastSalt.day !== day) {
    lastSalt = { secret, day, salt: createHmac('sha256', secret).update(`site-visits:${day}`).digest() };
  }
  return lastSalt.salt;
}

/**
 * The visitor of one day: SHA-256 of the day's salt, the address and the browser. The salt is
 * derived from a secret every site process shares (so two processes count a visitor once) and
 * the day (so the same person tomorrow is someone else, and no hash links two days). Strapi
 * deletes the hashes of past days; only the daily counts remain.
 */
export function visitorHash(secret: string, day: string, address: string, userAgent: string): string {
  return createHash('sha256').update(saltOf(secret, day)).update('\0').update(address).update('\0').update(userAgent).digest('hex');
}
