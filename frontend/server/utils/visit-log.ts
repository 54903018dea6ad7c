/**
 * nginx's page-view records, as its `access_log syslog:` sends them to the site processes
 * (config/nginx/commune-portal.conf.template, log_format commune_visit): one UDP datagram per
 * response, `<PRI>TIMESTAMP TAG: {json}`, with the request as nginx saw it. The site applies to
 * a record the same rules as to a request it answered itself (server/utils/visits.ts), so a view
 * nginx served from its cache is counted like one the site rendered, and a view both saw
 * produces the same visitor hash, counted once.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { isPageView, isRobot } from './visits';

/** The syslog tag nginx writes (`tag=` of the access_log directive): anything else is ignored. */
export const VISIT_LOG_TAG = 'commune_visit';

export interface LoggedView {
  host: string;
  address: string;
  userAgent: string;
}

interface Fields {
  host?: unknown;
  addr?: unknown;
  ua?: unknown;
  accept?: unknown;
  method?: unknown;
  uri?: unknown;
  status?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The page view a datagram records, or null when it is not one: not our tag, unreadable, not a
 * GET of an HTML page answered 200, or a robot.
 */
export function viewFromLogRecord(datagram: string): LoggedView | null {
  const marker = `${VISIT_LOG_TAG}: `;
  const at = datagram.indexOf(marker);
  // The tag follows the syslog header (`<190>Dec  6 09:23:02 `) and nothing else precedes it.
  if (at < 0 || at > 64) return null;
  let fields: Fields;
  try {
    const parsed: unknown = JSON.parse(datagram.slice(at + marker.length));
    if (typeof parsed !== 'object' || parsed === null) return null;
    fields = parsed;
  } catch {
    return null;
  }
  if (text(fields.status) !== '200') return null;
  const userAgent = text(fields.ua);
  if (!isPageView(text(fields.method), text(fields.uri), text(fields.accept)) || isRobot(userAgent)) return null;
  const host = text(fields.host);
  const address = text(fields.addr);
  if (!host || !address) return null;
  return { host, address, userAgent };
}

/** `127.0.0.1:5140`, `[::1]:5140` → where to listen; null for '' (off); an Error message otherwise. */
export function parseListenAddress(value: string): { host: string; port: number; family: 'udp4' | 'udp6' } | null | string {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+)):(\d{1,5})$/.exec(trimmed);
  const port = Number(match?.[3]);
  if (!match || !(port > 0 && port < 65536)) return `NUXT_VISIT_LOG_LISTEN: "${trimmed}" is not <IPv4>:<port> or [<IPv6>]:<port>`;
  return match[1] ? { host: match[1], port, family: 'udp6' } : { host: match[2] ?? '', port, family: 'udp4' };
}
