/**
 * Which reverse proxies may tell the platform who the client is, and the client's address that
 * follows from it. One rule for both servers: the CMS (`TRUSTED_PROXIES`: login throttling, logs,
 * Secure admin cookies) and the public sites (`NUXT_TRUSTED_PROXIES`: the visit counter).
 *
 * `X-Forwarded-For` is anyone's to write: a client sends whatever it likes, and each proxy on
 * the way appends the address it received the request from. So the header is read only when
 * the connection itself comes from a configured proxy, and then from the right: the first
 * address that is not itself a trusted proxy is the client. A client can neither choose its
 * address (what it wrote stays left of what our proxy appended), nor, when a proxy is trusted,
 * do all clients share the proxy's address.
 *
 * Pure functions, no Nuxt or Strapi imports: both servers and Jest import this module directly.
 * Not re-exported from this folder's index, which the admin panel's browser bundle imports.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

export interface TrustedProxies {
  /** True when `address` (any form: IPv4, IPv6, IPv4-mapped IPv6) is a configured proxy. */
  has(address: string): boolean;
  /** Nothing is trusted: the forwarding headers are never read. */
  readonly empty: boolean;
}

export type TrustedProxiesParse = { ok: true; proxies: TrustedProxies } | { ok: false; problem: string };

/** Shorthands accepted in the list besides addresses and CIDR ranges. */
const SHORTHANDS: Readonly<Record<string, ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']>>> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
};

/**
 * `127.0.0.1, 10.0.0.0/8, fd00::/8, loopback` → the set of trusted proxies. Empty (the default)
 * trusts nobody. Anything unreadable is refused rather than ignored: a typo must not silently
 * turn the proxy's address into every visitor's.
 */
export function parseTrustedProxies(value: unknown, variable = 'TRUSTED_PROXIES'): TrustedProxiesParse {
  const text = value === undefined || value === null ? '' : String(value);
  const list = new BlockList();
  let count = 0;
  for (const raw of text.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    const shorthand = SHORTHANDS[entry];
    if (shorthand) {
      for (const [network, prefix, family] of shorthand) list.addSubnet(network, prefix, family);
      count += 1;
      continue;
    }
    const [address = '', prefixText, extra] = entry.split('/');
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    const maxPrefix = family === 'ipv4' ? 32 : 128;
    const prefix = prefixText === undefined ? maxPrefix : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!family || extra !== undefined || !(prefix >= 0 && prefix <= maxPrefix)) {
      return {
        ok: false,
        problem: `${variable}: "${raw.trim()}" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or "loopback"`,
      };
    }
    list.addSubnet(address, prefix, family);
    count += 1;
  }
  const empty = count === 0;
  return {
    ok: true,
    proxies: {
      empty,
      has(address) {
        if (empty) return false;
        const normal = normaliseAddress(address);
        if (!normal) return false;
        return list.check(normal, isIPv4(normal) ? 'ipv4' : 'ipv6');
      },
    },
  };
}

/**
 * An address as the visitor's identity: IPv6 in its canonical short form, and an IPv4-mapped
 * IPv6 address (`::ffff:203.0.113.7`, how a dual-stack socket reports an IPv4 client) as plain
 * IPv4, so one client is one visitor whichever way the socket was opened. A port some proxies
 * append (`203.0.113.7:51234`, `[2001:db8::1]:443`) is dropped. Null when it is not an address.
 */
export function normaliseAddress(value: string | undefined | null): string | null {
  let text = (value ?? '').trim().replace(/^"|"$/g, '');
  if (text === '') return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  // A zone index (fe80::1%eth0) names an interface of this machine, not another client.
  text = text.replace(/%[\w.-]+$/, '');
  if (isIPv4(text)) return text;
  if (!isIPv6(text)) return null;
  // The URL parser writes IPv6 in its canonical form (lower case, longest zero run compressed).
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped?.[1] && mapped[2]) {
    const high = Number.parseInt(mapped[1], 16);
    const low = Number.parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return canonical;
}

/**
 * The client's address: the connection's, or, when the connection comes from a trusted proxy,
 * the right-most address of `X-Forwarded-For` that is not itself a trusted proxy. When every
 * address is a trusted proxy, the left-most one; an unreadable entry ends the walk at the last
 * trusted hop (the client wrote it, or a proxy passed on garbage: neither is an address).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: TrustedProxies): string {
  let client = normaliseAddress(peer) ?? '';
  if (!client || !proxies.has(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',');
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normaliseAddress(hops[index]);
    if (!hop) break;
    client = hop;
    if (!proxies.has(hop)) break;
  }
  return client;
}
