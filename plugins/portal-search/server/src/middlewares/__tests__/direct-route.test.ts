import { directHandlers, directRoute, DIRECT_PATHS, SEARCH_HEADERS } from '../direct-route';

type Ctx = Parameters<ReturnType<typeof directRoute>>[0];

const request = (method: string, path: string): Ctx => {
  const headers: Record<string, string> = {};
  return { method, path, headers, set: (fields: Record<string, string>) => Object.assign(headers, fields) } as unknown as Ctx;
};

function layers(calls: string[]) {
  return [
    { path: '/api/articles', methods: ['HEAD', 'GET'], stack: [async () => void calls.push('articles')] },
    ...DIRECT_PATHS.map((path) => ({ path, methods: ['HEAD', 'GET'], stack: [async () => void calls.push(path)] })),
  ];
}

describe('the search routes reached without the router', () => {
  it('runs the composed handler of exactly GET /api/portal-search/search and /documents, as the router would', async () => {
    const calls: string[] = [];
    const middleware = directRoute(() => layers(calls));
    const next = jest.fn(async () => undefined);
    const ctx = request('GET', '/api/portal-search/search');
    await middleware(ctx, next);
    await middleware(request('GET', '/api/portal-search/documents'), next);
    expect(calls).toEqual(['/api/portal-search/search', '/api/portal-search/documents']);
    expect(next).not.toHaveBeenCalled();
    expect(ctx).toMatchObject({ params: {}, _matchedRoute: '/api/portal-search/search', headers: SEARCH_HEADERS });
  });

  it('leaves every other request to the router', async () => {
    const calls: string[] = [];
    const middleware = directRoute(() => layers(calls));
    const next = jest.fn(async () => undefined);
    for (const [method, path] of [
      ['POST', '/api/portal-search/search'],
      ['HEAD', '/api/portal-search/search'],
      ['GET', '/api/portal-search/search/'],
      ['GET', '/api/portal-search'],
      ['GET', '/api/articles'],
    ]) {
      await middleware(request(method as string, path as string), next);
    }
    expect(calls).toEqual([]);
    expect(next).toHaveBeenCalledTimes(5);
  });

  it('refuses to guess when Strapi composed a route differently', () => {
    const noop = async (): Promise<void> => undefined;
    expect(() => directHandlers([])).toThrow('GET /api/portal-search/search is not one composed handler');
    expect(() => directHandlers(DIRECT_PATHS.map((path) => ({ path, methods: ['GET'], stack: [noop, noop] })))).toThrow(
      'is not one composed handler',
    );
    expect(() => directHandlers(DIRECT_PATHS.map((path) => ({ path, methods: ['POST'], stack: [noop] })))).toThrow(
      'is not one composed handler',
    );
  });
});
