import { clientAddress, normaliseAddress, parseTrustedProxies, type TrustedProxies } from '../trusted-proxies';

function proxies(list: string): TrustedProxies {
  const parsed = parseTrustedProxies(list);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.proxies;
}

describe('normaliseAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['::ffff:cb00:7107', '203.0.113.7'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['::1', '::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['fe80::1%eth0', 'fe80::1'],
  ])('reads %j as %j', (value, expected) => {
    expect(normaliseAddress(value)).toBe(expected);
  });

  it.each(['', undefined, null, 'unknown', 'evil.example', '256.1.1.1', '1.2.3', '::ffff:1.2.3', '<script>'])('refuses %j', (value) => {
    expect(normaliseAddress(value)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('trusts nobody by default', () => {
    for (const value of ['', ' , ', undefined, null]) {
      const parsed = parseTrustedProxies(value);
      expect(parsed.ok && parsed.proxies.empty).toBe(true);
      expect(parsed.ok && parsed.proxies.has('127.0.0.1')).toBe(false);
    }
  });

  it('reads addresses and CIDR ranges of both families', () => {
    const trusted = proxies('10.0.0.0/8, 192.0.2.10, fd00::/8, 2001:db8::5');
    expect(trusted.has('10.200.3.4')).toBe(true);
    expect(trusted.has('192.0.2.10')).toBe(true);
    expect(trusted.has('192.0.2.11')).toBe(false);
    expect(trusted.has('fd12:3456::1')).toBe(true);
    expect(trusted.has('2001:db8::5')).toBe(true);
    expect(trusted.has('2001:db8::6')).toBe(false);
    expect(trusted.has('11.0.0.1')).toBe(false);
  });

  it('matches an IPv4-mapped IPv6 peer against IPv4 ranges', () => {
    const trusted = proxies('10.0.0.0/8');
    expect(trusted.has('::ffff:10.1.2.3')).toBe(true);
    expect(trusted.has('::ffff:a01:203')).toBe(true);
    expect(trusted.has('::ffff:11.1.2.3')).toBe(false);
  });

  it('reads "loopback" as 127.0.0.0/8 and ::1', () => {
    const trusted = proxies('loopback');
    expect(trusted.has('127.0.0.1')).toBe(true);
    expect(trusted.has('127.9.9.9')).toBe(true);
    expect(trusted.has('::1')).toBe(true);
    expect(trusted.has('::ffff:127.0.0.1')).toBe(true);
    expect(trusted.has('10.0.0.1')).toBe(false);
  });

  it('never trusts something that is not an address', () => {
    const trusted = proxies('0.0.0.0/0');
    expect(trusted.has('')).toBe(false);
    expect(trusted.has('evil.example')).toBe(false);
  });

  it.each(['true', 'localhost', '10.0.0.0/33', '10.0.0.0/8/8', 'fd00::/129', '10.0.0.0/x', '300.1.1.1'])(
    'refuses %j rather than guessing',
    (value) => {
      expect(parseTrustedProxies(`127.0.0.1, ${value}`, 'NUXT_TRUSTED_PROXIES')).toEqual({
        ok: false,
        problem: `NUXT_TRUSTED_PROXIES: "${value}" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or "loopback"`,
      });
    },
  );

  it('names the variable it reads, TRUSTED_PROXIES (the CMS) by default', () => {
    expect(parseTrustedProxies('localhost')).toEqual({
      ok: false,
      problem: 'TRUSTED_PROXIES: "localhost" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or "loopback"',
    });
  });
});

describe('clientAddress', () => {
  const nobody = proxies('');
  const behindProxy = proxies('10.0.0.2, fd00::/8');

  it('is the connection’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', nobody)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', '1.2.3.4', nobody)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '1.2.3.4', nobody)).toBe('10.0.0.2');
  });

  it('is the connection’s address when the peer is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4, 10.0.0.2', behindProxy)).toBe('203.0.113.7');
  });

  it('behind a trusted proxy, is the address the proxy appended, not one the client forged', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.5', behindProxy)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:10.0.0.2', ' 203.0.113.5 ', behindProxy)).toBe('203.0.113.5');
    expect(clientAddress('fd00::2', '2001:db8::7', behindProxy)).toBe('2001:db8::7');
    expect(clientAddress('10.0.0.2', '::ffff:203.0.113.5', behindProxy)).toBe('203.0.113.5');
  });

  it('skips trusted proxies from the right (a chain of our proxies)', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.5, fd00::9, 10.0.0.2', behindProxy)).toBe('203.0.113.5');
  });

  it('is the left-most address when every hop is a trusted proxy', () => {
    expect(clientAddress('10.0.0.2', 'fd00::9, 10.0.0.2', behindProxy)).toBe('fd00::9');
  });

  it('stops at an unreadable entry, at the last trusted hop', () => {
    expect(clientAddress('10.0.0.2', 'evil, 10.0.0.2', behindProxy)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', 'unknown', behindProxy)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '203.0.113.5, ', behindProxy)).toBe('10.0.0.2');
  });

  it('is the proxy’s address when the proxy sent no header', () => {
    expect(clientAddress('10.0.0.2', undefined, behindProxy)).toBe('10.0.0.2');
  });

  it('is empty for a connection without an address', () => {
    expect(clientAddress(undefined, '1.2.3.4', behindProxy)).toBe('');
  });
});
