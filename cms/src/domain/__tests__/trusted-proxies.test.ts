import { clientAddress, normaliseAddress, parseTrustedProxies } from '../trusted-proxies';

describe('the client address behind trusted proxies', () => {
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1, 2001:db8::/32');

  it.each([
    // peer, X-Forwarded-For, client
    ['203.0.113.9', undefined, '203.0.113.9'],
    ['203.0.113.9', '1.2.3.4', '203.0.113.9'], // not from a proxy: the header is the client's own words
    ['127.0.0.1', '198.51.100.7', '198.51.100.7'], // nginx on the same machine
    ['127.0.0.1', '6.6.6.6, 198.51.100.7', '198.51.100.7'], // a spoofed left part is ignored
    ['127.0.0.1', '198.51.100.7, 10.1.2.3', '198.51.100.7'], // two of our proxies in a row
    ['::ffff:127.0.0.1', '198.51.100.7', '198.51.100.7'], // IPv4-mapped peer on a dual-stack socket
    ['::1', '2001:db8:1::5, 2a02:ee80::1', '2a02:ee80::1'], // IPv6 client
    ['127.0.0.1', '10.0.0.5', '10.0.0.5'], // only proxies: the left-most proxy is the best we know
    ['127.0.0.1', 'not-an-ip, 198.51.100.7', '198.51.100.7'],
    ['127.0.0.1', '198.51.100.7, garbage', '127.0.0.1'], // a malformed hop ends the walk
    ['127.0.0.1', '[2a02:ee80::1]', '2a02:ee80::1'],
  ])('peer %s with X-Forwarded-For %s → %s', (peer, forwarded, client) => {
    expect(clientAddress(peer, forwarded, proxies)).toBe(client);
  });

  it('trusts nobody when no proxy is configured', () => {
    const nobody = parseTrustedProxies('');
    expect(nobody.none).toBe(true);
    expect(clientAddress('127.0.0.1', '198.51.100.7', nobody)).toBe('127.0.0.1');
  });

  it('expands "loopback" to 127.0.0.0/8 and ::1', () => {
    const loopback = parseTrustedProxies('loopback');
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map((address) => loopback.has(address))).toEqual([true, true, true, true]);
    expect(loopback.has('10.0.0.1')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/x'])('refuses the malformed entry %s', (entry) => {
    expect(() => parseTrustedProxies(entry)).toThrow(/TRUSTED_PROXIES/);
  });

  it('normalises IPv4-mapped and bracketed addresses', () => {
    expect(normaliseAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseAddress('[::1]')).toBe('::1');
  });
});
