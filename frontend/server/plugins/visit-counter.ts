/**
 * The visit counter's life in this process: nginx's page-view records arrive on a UDP socket
 * (NUXT_VISIT_LOG_LISTEN, e.g. 127.0.0.1:5140; off when empty), so the views nginx answers from
 * its micro-cache are counted too; on shutdown (SIGTERM, SIGINT: Nitro's `close` hook) the
 * socket closes and the waiting visitors are sent to Strapi before the process exits.
 *
 * Every site process on a machine binds the same port with SO_REUSEPORT: the kernel hands each
 * datagram to one of them, and a process that stops simply leaves the others to receive.
 */
import { createSocket, type Socket } from 'node:dgram';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket as NetSocket } from 'node:net';
import { createEvent } from 'h3';
import { parseListenAddress, viewFromLogRecord, type LoggedView } from '../utils/visit-log';
import { countView, visitQueue } from '../utils/visit-queue';

/** An event for a host alone, so a logged view resolves its commune through the same memo as a request. */
function eventForHost(host: string) {
  const req = new IncomingMessage(new NetSocket());
  req.method = 'GET';
  req.url = '/';
  req.headers = { host };
  const event = createEvent(req, new ServerResponse(req));
  // What Nitro's request hook gives every event (handlers push their errors there).
  event.context.nitro = { errors: [] };
  return event;
}

/**
 * Hosts of recent records and their commune's slug, for HOST_MEMO_MS: a busy cached page sends a
 * record per view, and building an event to ask the resolver each time costs more than the rest
 * of the counting. Short, because a commune can be suspended (Strapi then refuses its batch
 * anyway); bounded, because hosts come from requests.
 */
const HOST_MEMO_MS = 5000;
const HOST_MEMO_MAX = 10_000;
const hostSlugs = new Map<string, { slug: string; at: number }>();

async function communeSlugOf(host: string): Promise<string | null> {
  const known = hostSlugs.get(host);
  if (known && Date.now() - known.at < HOST_MEMO_MS) return known.slug;
  const commune = await resolveCommune(eventForHost(host));
  if (!commune) return null;
  if (hostSlugs.size >= HOST_MEMO_MAX) hostSlugs.clear();
  hostSlugs.set(host, { slug: commune.slug, at: Date.now() });
  return commune.slug;
}

async function countLoggedView(view: LoggedView): Promise<void> {
  const slug = await communeSlugOf(view.host);
  if (slug) countView(slug, view.address, view.userAgent);
}

export default defineNitroPlugin((nitroApp) => {
  const listen = parseListenAddress(String(useRuntimeConfig().visitLogListen ?? ''));
  let socket: Socket | null = null;
  if (typeof listen === 'string') {
    console.error(`[visits] ${listen}; nginx's page views are not counted`);
  } else if (listen) {
    const udp = createSocket({ type: listen.family, reuseAddr: true, reusePort: true });
    udp.on('message', (message) => {
      // latin1, as Node reads request headers: nginx passes a header's bytes through unchanged,
      // so a user agent with non-ASCII bytes gives the same string, and hash, on both paths.
      const view = viewFromLogRecord(message.toString('latin1'));
      if (!view) return;
      countLoggedView(view).catch((error: unknown) =>
        console.error(`[visits] logged view not counted: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    udp.on('error', (error) => console.error(`[visits] nginx log listener on ${listen.host}:${listen.port}: ${error.message}`));
    udp.bind(listen.port, listen.host);
    socket = udp;
  }

  nitroApp.hooks.hook('close', async () => {
    socket?.close();
    await visitQueue().close();
  });
});
