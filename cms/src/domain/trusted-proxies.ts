/**
 * Which address a request comes from, when reverse proxies stand in front.
 *
 * A proxy appends the address it received the connection from to `X-Forwarded-For`, so the
 * header reads `<whatever the client sent>, <client>, <proxy 1>…` and only the entries added by
 * our own proxies can be believed. The client is therefore found from the right: skip every
 * address that is one of our proxies, and the first that is not is the client. Anything to its
 * left was written by the client and is ignored. A connection whose peer is not one of our
 * proxies is its own client: its forwarded headers are ignored entirely.
 *
 *   TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8,::1   (empty: trust nobody; `loopback` = 127.0.0.0/8 and ::1)
 *
 * Pure: no Strapi, no Node networking beyond `node:net`'s address checks.
 */
import { BlockList, isIP } from 'node:net';

export interface TrustedProxies {
  /** True when no proxy is configured: forwarded headers are never used. */
  readonly none: boolean;
  has(address: string): boolean;
}

/** `::ffff:10.0.0.1` (how Node reports IPv4 peers on a dual-stack socket) → `10.0.0.1`. */
export function normaliseAddress(address: string): string {
  let value = address.trim();
  if (value.startsWith('[') && value.includes(']')) value = value.slice(1, value.indexOf(']'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  return mapped?.[1] ?? value;
}

/** Parses the comma-separated list; throws with the offending entry so a typo stops the start. */
export function parseTrustedProxies(list: string | readonly string[] | undefined): TrustedProxies {
  const entries = (typeof list === 'string' ? list.split(',') : (list ?? [])).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const blocks = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      blocks.addSubnet('127.0.0.0', 8, 'ipv4');
      blocks.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      blocks.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || bits > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    blocks.addSubnet(address, bits, type);
  }
  return {
    none: entries.length === 0,
    has(address: string): boolean {
      const value = normaliseAddress(address);
      const family = isIP(value);
      return family !== 0 && blocks.check(value, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client's address: the connection's peer, unless that peer is a trusted proxy, in which
 * case the right-most `X-Forwarded-For` entry that is not itself a trusted proxy. A malformed
 * entry ends the walk (nothing to its left can be trusted) and the last good hop is used.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, proxies: TrustedProxies): string {
  const connection = normaliseAddress(peer);
  if (!forwardedFor || !proxies.has(connection)) return connection;
  let client = connection;
  const hops = forwardedFor.split(',').map(normaliseAddress).reverse();
  for (const hop of hops) {
    if (isIP(hop) === 0) break;
    client = hop;
    if (!proxies.has(hop)) break;
  }
  return client;
}
