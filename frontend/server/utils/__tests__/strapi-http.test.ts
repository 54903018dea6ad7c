import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    expect(await getJson(strapiRequestUrl(base, '/api/text'), {}, 2000).catch((error: unknown) => error)).toMatchObject({ status: 502, data: 'Bad Gateway' });
  });

  it('gives up when the answer does not come in time, and when nobody listens', async () => {
    await expect(getJson(strapiRequestUrl(base, '/api/slow'), {}, 200)).rejects.toThrow('no answer within 200 ms');
    await expect(getJson(new URL('http://127.0.0.1:1/api/ok'), {}, 2000)).rejects.toThrow(/ECONNREFUSED/);
  });
});
