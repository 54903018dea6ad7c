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
  // What Nitro's request hook gives every event; useRuntimeConfig(event) reads it.
  event.context.nitro = { errors: [] };
  return event;
}

async function countLoggedView(view: LoggedView): Promise<void> {
  const commune = await resolveCommune(eventForHost(view.host));
  if (commune) countView(commune.slug, view.address, view.userAgent);
}

export default defineNitroPlugin((nitroApp) => {
  const listen = parseListenAddress(String(useRuntimeConfig().visitLogListen ?? ''));
  let socket: Socket | null = null;
  if (typeof listen === 'string') {
    console.error(`[visits] ${listen}; nginx's page views are not counted`);
  } else if (listen) {
    const udp = createSocket({ type: listen.family, reuseAddr: true, reusePort: true });
    udp.on('message', (message) => {
      const view = viewFromLogRecord(message.toString('utf8'));
      if (!view) return;
      countLoggedView(view).catch((error: unknown) => console.error(`[visits] logged view not counted: ${error instanceof Error ? error.message : String(error)}`));
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
