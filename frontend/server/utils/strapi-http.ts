/**
 * GET requests from the site's server to Strapi, on kept-alive connections of node:http.
 *
 * Not fetch (undici through ofetch): for a search whose caches missed, fetch's request and
 * response objects, header lists and streams were about an eighth of the site's CPU (issue 18,
 * `npm run bench:search-site`); a plain request on a pooled socket does the same work.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** A Strapi answer that is not 2xx: its status and its body (parsed when it is JSON). */
export class StrapiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly data: unknown,
  ) {
    super(`Strapi answered ${status}`);
    this.name = 'StrapiHttpError';
  }
}

// Enough sockets for every request in flight of a busy process; idle ones are closed by the
// agent before Strapi's keep-alive timeout (Node reads the server's Keep-Alive header).
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 128 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 128 }) };

function bodyOf(response: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(null);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

/**
 * `GET url` with `headers`; the parsed JSON body of a 2xx answer, else a StrapiHttpError. Fails
 * when the whole answer has not arrived within `timeoutMs`, or the connection fails.
 *
 * A kept-alive socket can be closed by Strapi just as a request goes out on it (its keep-alive
 * timeout and our reuse cross); that request fails with ECONNRESET before Strapi read it, so a GET
 * is sent once more on a new socket, as Node's documentation advises (`request.reusedSocket`).
 */
export async function getJson(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<unknown> {
  const started = Date.now();
  try {
    return await getOnce(url, headers, timeoutMs);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    // On a socket of its own: the pool may hold more sockets the server has closed.
    return getOnce(url, headers, Math.max(1, timeoutMs - (Date.now() - started)), { fresh: true });
  }
}

/** The request went out on a reused socket that the server had already closed. */
class StaleSocketError extends Error {}

function getOnce(url: URL, headers: Record<string, string>, timeoutMs: number, { fresh = false } = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const request = send(url, { method: 'GET', headers, agent: fresh ? false : secure ? agents.https : agents.http });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const settle = (work: () => void): void => {
      clearTimeout(timer);
      work();
    };
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale = request.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up');
      settle(() => reject(stale ? new StaleSocketError(error.message, { cause: error }) : error));
    });
    request.on('response', (response) => {
      bodyOf(response).then(
        (data) => {
          const status = response.statusCode ?? 0;
          settle(() => (status >= 200 && status < 300 ? resolve(data) : reject(new StrapiHttpError(status, data))));
        },
        (error: unknown) => settle(() => reject(error)),
      );
    });
    request.end();
  });
}

/** `strapiUrl` joined with an absolute path and query: a base URL with a path of its own keeps it. */
export function strapiRequestUrl(strapiUrl: string, pathAndQuery: string): URL {
  return new URL(`${strapiUrl.replace(/\/+$/, '')}${pathAndQuery}`);
}
