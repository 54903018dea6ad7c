/**
 * Writers for the machine-readable files of a commune site: RSS 2.0 feeds, the sitemap and
 * robots.txt. A few dozen lines of string building with strict escaping are easier to trust
 * than a dependency that would ship in the server bundle.
 *
 * Issue 20 tried `feed` 5.2.1 for the RSS part: it passes control characters and U+FFFE through
 * into CDATA (a feed a strict parser refuses), so the filter below would stay; it adds its own
 * generator/docs elements and xml-js (about 0.5 MB) to the bundle; the sitemap and robots.txt
 * need writing anyway. The RSS writer is about 40 lines, so nothing would be saved.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */

/**
 * Characters XML 1.0 forbids even when escaped (C0 controls except tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF). An editor pasting from a word processor can bring them in, and
 * one of them makes the whole feed unreadable to a strict parser.
 */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value → XML character data; safe in both places. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** ISO date-time → RFC 822 (`Tue, 05 May 2026 03:00:00 GMT`), as RSS 2.0 requires; null if invalid. */
export function rfc822Date(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toUTCString();
}

/** ISO date-time → the W3C date the sitemap protocol wants (`2026-05-05T03:00:00Z`); null if invalid. */
export function w3cDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A site path (`/tin-tuc/x`) or media URL on this origin → an absolute URL; a URL that is
 * already absolute (media on S3) stays as it is.
 */
export function absoluteUrl(origin: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${origin.replace(/\/+$/, '')}/${pathOrUrl.replace(/^\/+/, '')}`;
}

export interface RssEnclosure {
  url: string;
  /** Bytes; RSS requires the attribute, 0 is the convention when it is unknown. */
  length: number;
  type: string;
}

export interface RssItem {
  title: string;
  /** Absolute. Also the guid (a permalink). */
  link: string;
  description: string | null;
  pubDate: string | null;
  categories: string[];
  enclosure: RssEnclosure | null;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  /** ISO date-time. */
  lastBuildDate: string;
  /** Minutes a reader may keep the feed before asking again. */
  ttl: number;
  items: RssItem[];
}

function element(name: string, value: string | null, indent: string): string {
  return value === null ? '' : `${indent}<${name}>${escapeXml(value)}</${name}>\n`;
}

function renderItem(item: RssItem): string {
  const indent = '      ';
  let xml = '    <item>\n';
  xml += element('title', item.title, indent);
  xml += element('link', item.link, indent);
  xml += element('description', item.description, indent);
  for (const category of item.categories) xml += element('category', category, indent);
  if (item.enclosure) {
    const { url, length, type } = item.enclosure;
    xml += `${indent}<enclosure url="${escapeXml(url)}" length="${Math.max(0, Math.round(length))}" type="${escapeXml(type)}"/>\n`;
  }
  xml += `${indent}<guid isPermaLink="true">${escapeXml(item.link)}</guid>\n`;
  xml += element('pubDate', rfc822Date(item.pubDate), indent);
  xml += '    </item>\n';
  return xml;
}

/** An RSS 2.0 document in Vietnamese, with the atom:link self reference validators ask for. */
export function renderRss(channel: RssChannel): string {
  const indent = '    ';
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n';
  xml += '  <channel>\n';
  xml += element('title', channel.title, indent);
  xml += element('link', channel.link, indent);
  xml += element('description', channel.description, indent);
  xml += element('language', 'vi', indent);
  xml += element('lastBuildDate', rfc822Date(channel.lastBuildDate), indent);
  xml += element('ttl', String(channel.ttl), indent);
  xml += `${indent}<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>\n`;
  for (const item of channel.items) xml += renderItem(item);
  xml += '  </channel>\n';
  xml += '</rss>\n';
  return xml;
}

export interface SitemapEntry {
  /** Absolute. */
  loc: string;
  /** ISO date-time of the last change, when known. */
  lastmod: string | null;
}

/** The sitemap protocol's limit for one file; a commune site stays far below it. */
export const SITEMAP_MAX_URLS = 50_000;

export function renderSitemap(entries: readonly SitemapEntry[]): string {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const entry of entries.slice(0, SITEMAP_MAX_URLS)) {
    xml += '  <url>\n';
    xml += element('loc', entry.loc, '    ');
    xml += element('lastmod', w3cDate(entry.lastmod), '    ');
    xml += '  </url>\n';
  }
  xml += '</urlset>\n';
  return xml;
}

/**
 * Everything may be crawled except the site's own server routes and the editors' preview pages
 * (each also says noindex); the sitemap is on this origin.
 */
export function renderRobots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /xem-truoc/',
    '',
    `Sitemap: ${absoluteUrl(origin, '/sitemap.xml')}`,
    '',
  ].join('\n');
}
