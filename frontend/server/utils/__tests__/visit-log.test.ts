import { parseListenAddress, viewFromLogRecord } from '../visit-log';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const record = (fields: Record<string, string> = {}, tag = 'commune_visit'): string =>
  `<190>Dec  6 09:23:02 ${tag}: ${JSON.stringify({ host: 'khanhkhe.langson.gov.vn', addr: '203.113.7.9', ua: BROWSER, accept: HTML, method: 'GET', uri: '/tin-tuc?trang=2', status: '200', ...fields })}`;

describe('viewFromLogRecord', () => {
  it('reads a page view as nginx sends it', () => {
    expect(viewFromLogRecord(record())).toEqual({ host: 'khanhkhe.langson.gov.vn', address: '203.113.7.9', userAgent: BROWSER });
    // nginx's escape=json passes bytes above 0x7f through; the listener decodes the datagram as
    // latin1, as Node decodes request headers, so both paths see the same string.
    const raw = Buffer.from(record({ ua: `${BROWSER} Cốc Cốc` }), 'utf8').toString('latin1');
    expect(viewFromLogRecord(raw)?.userAgent).toBe(Buffer.from(`${BROWSER} Cốc Cốc`, 'utf8').toString('latin1'));
  });

  it.each([
    ['a robot', { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1)' }],
    ['no user agent', { ua: '' }],
    ['an error page', { status: '404' }],
    ['a redirect', { status: '301' }],
    ['an asset', { uri: '/_nuxt/entry.css' }],
    ['a feed', { uri: '/rss/tin-tuc.xml' }],
    ['the BFF', { uri: '/api/site' }],
    ['no HTML asked for', { accept: 'application/json' }],
    ['a POST', { method: 'POST' }],
    ['no host', { host: '' }],
    ['no address', { addr: '' }],
  ])('not a view: %s', (_name, fields) => {
    expect(viewFromLogRecord(record(fields))).toBeNull();
  });

  it('ignores other tags and anything unreadable', () => {
    expect(viewFromLogRecord(record({}, 'other_tag'))).toBeNull();
    expect(viewFromLogRecord('<190>Dec  6 09:23:02 commune_visit: {not json')).toBeNull();
    expect(viewFromLogRecord('<190>Dec  6 09:23:02 commune_visit: "a string"')).toBeNull();
    expect(viewFromLogRecord('')).toBeNull();
    expect(viewFromLogRecord(`${'x'.repeat(100)}commune_visit: {}`)).toBeNull();
  });
});

describe('parseListenAddress', () => {
  it('reads IPv4 and IPv6 addresses with a port; empty is off', () => {
    expect(parseListenAddress('127.0.0.1:5140')).toEqual({ host: '127.0.0.1', port: 5140, family: 'udp4' });
    expect(parseListenAddress('[::1]:5140')).toEqual({ host: '::1', port: 5140, family: 'udp6' });
    expect(parseListenAddress('  ')).toBeNull();
  });

  it.each(['5140', 'localhost:5140', '127.0.0.1', '127.0.0.1:0', '127.0.0.1:70000', '::1:5140'])(
    'refuses %s with the variable named',
    (value) => {
      expect(parseListenAddress(value)).toMatch(/^NUXT_VISIT_LOG_LISTEN: /);
    },
  );
});
