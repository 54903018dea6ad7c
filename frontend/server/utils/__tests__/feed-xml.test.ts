import { absoluteUrl, escapeXml, renderRobots, renderRss, renderSitemap, rfc822Date } from '../feed-xml';
import { parsePublicApiQuery, publicApiSearch } from '../public-api-query';

describe('feed XML writers', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('Đảng ủy & <UBND> "xã" \'Khê\'\u0001\uFFFF')).toBe('Đảng ủy &amp; &lt;UBND&gt; &quot;xã&quot; &apos;Khê&apos;');
  });

  it('writes RFC 822 dates and refuses invalid ones', () => {
    expect(rfc822Date('2026-05-05T03:00:00.000Z')).toBe('Tue, 05 May 2026 03:00:00 GMT');
    expect(rfc822Date('not a date')).toBeNull();
  });

  it('makes site paths absolute on the origin and leaves absolute URLs alone', () => {
    expect(absoluteUrl('https://a.vn', '/tin-tuc/x')).toBe('https://a.vn/tin-tuc/x');
    expect(absoluteUrl('https://a.vn', 'https://s3.example/x.jpg')).toBe('https://s3.example/x.jpg');
  });

  it('renders an RSS 2.0 channel with escaped items, a permalink guid and an enclosure', () => {
    const xml = renderRss({
      title: 'Xã Khánh Khê – Tin tức',
      link: 'https://a.vn/tin-tuc',
      description: 'Tin & sự kiện',
      selfUrl: 'https://a.vn/rss/tin-tuc.xml',
      lastBuildDate: '2026-05-05T03:00:00Z',
      ttl: 15,
      items: [
        {
          title: 'Họp <HĐND>',
          link: 'https://a.vn/tin-tuc/hop?a=1&b=2',
          description: null,
          pubDate: '2026-05-05T03:00:00Z',
          categories: ['Thông báo'],
          enclosure: { url: 'https://a.vn/uploads/a.jpg', length: 1234.4, type: 'image/jpeg' },
        },
      ],
    });
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<atom:link href="https://a.vn/rss/tin-tuc.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<title>Họp &lt;HĐND&gt;</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://a.vn/tin-tuc/hop?a=1&amp;b=2</guid>');
    expect(xml).toContain('<enclosure url="https://a.vn/uploads/a.jpg" length="1234" type="image/jpeg"/>');
    expect(xml).not.toContain('<description></description>');
  });

  it("renders the sitemap and robots.txt on the request's origin", () => {
    const xml = renderSitemap([
      { loc: 'https://a.vn/', lastmod: '2026-05-05T03:00:00.123Z' },
      { loc: 'https://a.vn/lien-he', lastmod: null },
    ]);
    expect(xml).toContain('<loc>https://a.vn/</loc>\n    <lastmod>2026-05-05T03:00:00Z</lastmod>');
    expect(xml).toContain('<loc>https://a.vn/lien-he</loc>\n  </url>');
    expect(renderRobots('https://a.vn')).toBe(
      'User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /xem-truoc/\n\nSitemap: https://a.vn/sitemap.xml\n',
    );
  });
});

describe('public API query', () => {
  it('defaults to the first page of 20', () => {
    expect(parsePublicApiQuery({})).toEqual({ ok: true, query: { page: 1, pageSize: 20 } });
  });

  it('accepts a category slug only where the endpoint has one', () => {
    expect(parsePublicApiQuery({ page: '2', pageSize: '50', category: 'thong-bao' }, ['category'])).toEqual({
      ok: true,
      query: { page: 2, pageSize: 50, category: 'thong-bao' },
    });
    expect(parsePublicApiQuery({ category: 'thong-bao' })).toMatchObject({ ok: false, message: expect.stringContaining('category') });
  });

  it.each([
    [{ pageSize: '51' }, 'pageSize'],
    [{ pageSize: '0' }, 'pageSize'],
    [{ page: 'abc' }, 'page'],
    [{ page: '1.5' }, 'page'],
    [{ page: '1e3' }, 'page'],
    [{ page: ['1', '2'] }, 'page'],
    [{ page_size: '10' }, 'page_size'],
  ])('refuses %j with a message naming %s', (raw, name) => {
    const parsed = parsePublicApiQuery(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(name);
  });

  it('writes neighbour page links in a fixed order', () => {
    expect(publicApiSearch({ page: 1, pageSize: 10, category: 'a-b' }, 2)).toBe('page=2&pageSize=10&category=a-b');
  });
});
