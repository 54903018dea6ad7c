import { dayInVietnam, isPageView, isRobot, visitorHash } from '../visits';

const CHROME = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const COC_COC =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/131.0.0 Chrome/125.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('isRobot', () => {
  it.each([CHROME, COC_COC, FIREFOX])('a browser is a person: %s', (agent) => {
    expect(isRobot(agent)).toBe(false);
  });

  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
    'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    'Mozilla/5.0 (compatible; YandexSpider/3.0)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'Wget/1.21.4',
    'python-requests/2.32.3',
    'Go-http-client/1.1',
    'Screaming Frog SEO Spider/20.0',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    'Mozilla/5.0 (compatible; archive.org_bot; Wayback Machine Live Record)',
    '',
    '   ',
  ])('a robot or a script is not: %s', (agent) => {
    expect(isRobot(agent)).toBe(true);
  });

  it('no user agent at all is a robot (every browser sends one)', () => {
    expect(isRobot(undefined)).toBe(true);
  });
});

describe('isPageView', () => {
  it.each(['/', '/tin-tuc', '/tin-tuc/bai-viet?page=2', '/van-ban/so-12-qd-ubnd', '/tim-kiem?q=đất đai'])(
    'a page read by a browser counts: %s',
    (path) => {
      expect(isPageView('GET', path, HTML)).toBe(true);
    },
  );

  it.each([
    '/api/site',
    '/api/visits',
    '/api/public/v1/news',
    '/_nuxt/entry.abc123.js',
    '/uploads/bien-ban.pdf',
    '/rss/tin-tuc.xml',
    '/rss/van-ban.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/favicon.ico',
    '/emblem.svg',
  ])('assets, feeds and machine files do not, even asked for as HTML: %s', (path) => {
    expect(isPageView('GET', path, HTML)).toBe(false);
  });

  it('only GET requests accepting HTML count', () => {
    expect(isPageView('HEAD', '/', HTML)).toBe(false);
    expect(isPageView('POST', '/', HTML)).toBe(false);
    expect(isPageView('GET', '/', 'application/json')).toBe(false);
    expect(isPageView('GET', '/', undefined)).toBe(false);
    expect(isPageView('GET', '/', '*/*')).toBe(false);
  });
});

describe('dayInVietnam', () => {
  it('is the calendar day in UTC+7', () => {
    expect(dayInVietnam(new Date('2026-11-22T16:59:59Z'))).toBe('2026-11-22');
    expect(dayInVietnam(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
    expect(dayInVietnam(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });
});

describe('visitorHash', () => {
  const hash = (day: string, address = '203.113.1.5', agent = CHROME, secret = 's3cret') => visitorHash(secret, day, address, agent);

  it('is 64 hex digits and stable for one visitor on one day', () => {
    expect(hash('2026-11-22')).toMatch(/^[0-9a-f]{64}$/);
    expect(hash('2026-11-22')).toBe(hash('2026-11-22'));
  });

  it('differs by day, address, browser and secret, so nothing links two days or two people', () => {
    const base = hash('2026-11-22');
    expect(hash('2026-11-23')).not.toBe(base);
    expect(hash('2026-11-22', '203.113.1.6')).not.toBe(base);
    expect(hash('2026-11-22', '203.113.1.5', FIREFOX)).not.toBe(base);
    expect(hash('2026-11-22', '203.113.1.5', CHROME, 'other')).not.toBe(base);
  });

  it('never contains the address in the clear', () => {
    expect(hash('2026-11-22')).not.toContain('203');
  });
});
