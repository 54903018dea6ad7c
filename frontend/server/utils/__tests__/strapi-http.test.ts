import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { getJson, StrapiHttpError, strapiRequestUrl } from '../strapi-http';

let server: Server;
let base: string;
const seen: Array<{ url: string | undefined; authorization: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url, authorization: request.headers.authorization });
    if (request.url?.startsWith('/cms/api/ok')) return void response.end(JSON.stringify({ data: [1, 2] }));
    if (request.url?.startsWith('/cms/api/refused')) {
      response.statusCode = 400;
      return void response.end(JSON.stringify({ error: { message: 'Từ khóa dài quá 200 ký tự.' } }));
    }
    if (request.url?.startsWith('/cms/api/text')) {
      response.statusCode = 502;
      return void response.end('Bad Gateway');
    }
    // /cms/api/slow: never answers.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cms/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("the site's GET client for Strapi", () => {
  it('keeps the base URL’s own path and sends the headers', async () => {
    expect(strapiRequestUrl(base, '/api/ok?q=a').href).toBe(`${base}api/ok?q=a`);
    expect(await getJson(strapiRequestUrl(base, '/api/ok?q=a'), { authorization: 'Bearer t' }, 2000)).toEqual({ data: [1, 2] });
    expect(seen.at(-1)).toEqual({ url: '/cms/api/ok?q=a', authorization: 'Bearer t' });
  });

  it('rejects a non-2xx answer with its status and body, JSON or not', async () => {
    const refused = await getJson(strapiRequestUrl(base, '/api/refused'), {}, 2000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StrapiHttpError);
    expect(refused).toMatchObject({ status: 400, data: { error: { message: 'Từ khóa dài quá 200 ký tự.' } } });
    expect(await getJson(strapiRequestUrl(base, '/api/text'), {}, 2000).catch((error: unknown) => error)).toMatchObject({
      status: 502,
      data: 'Bad Gateway',
    });
  });

  it('gives up when the answer does not come in time, and when nobody listens', async () => {
    await expect(getJson(strapiRequestUrl(base, '/api/slow'), {}, 200)).rejects.toThrow('no answer within 200 ms');
    await expect(getJson(new URL('http://127.0.0.1:1/api/ok'), {}, 2000)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('sends a GET again on a new socket when the kept-alive one was closed under it, once', async () => {
    // A server that answers the first request of each connection with keep-alive, then resets
    // the connection when a second request arrives on it: Strapi closing an idle socket just as
    // the site reuses it.
    let connections = 0;
    const resetting = createTcpServer((socket: Socket) => {
      connections += 1;
      let requests = 0;
      socket.on('data', () => {
        requests += 1;
        if (requests > 1) return void socket.resetAndDestroy();
        const body = JSON.stringify({ data: connections });
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`,
        );
      });
    });
    await new Promise<void>((resolve) => resetting.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(resetting.address() as AddressInfo).port}/api/ok`);
    try {
      expect(await getJson(url, {}, 2000)).toEqual({ data: 1 });
      // The pooled socket is reset; the answer comes from a second connection.
      expect(await getJson(url, {}, 2000)).toEqual({ data: 2 });
      expect(connections).toBe(2);
    } finally {
      await new Promise((resolve) => resetting.close(resolve));
    }
  });
});
