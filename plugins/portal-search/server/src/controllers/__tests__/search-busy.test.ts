import type { Core } from '@strapi/strapi';
import { GateFullError } from '../../engine/query-gate';
import search, { BUSY_MESSAGE } from '../search';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The controller over an engine that refuses every search as one too many. */
function busyController() {
  const refuse = async (): Promise<never> => {
    throw new GateFullError(256);
  };
  const services: Record<string, unknown> = {
    engine: { get: () => ({ search: refuse, searchDocuments: refuse }) },
    site: { communeId: async () => 7 },
  };
  const strapi = { plugin: () => ({ service: (name: string) => services[name] }) } as unknown as Core.Strapi;
  return search({ strapi });
}

function context(query: Record<string, string>): Context & { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  return {
    query,
    status: 200,
    body: undefined,
    headers,
    set: (name: string, value: string) => (headers[name] = value),
  } as unknown as Context & { headers: Record<string, string> };
}

describe('search API when the engine is busy', () => {
  it.each([
    ['find', { q: 'rừng' }],
    ['documents', { q: 'kế hoạch' }],
  ] as const)('%s answers 503 with a Vietnamese message and Retry-After', async (action, query) => {
    const ctx = context(query);
    await busyController()[action](ctx);
    expect(ctx.status).toBe(503);
    expect(ctx.headers['Retry-After']).toBe('2');
    expect(ctx.body).toMatchObject({ data: null, error: { status: 503, message: BUSY_MESSAGE } });
  });

  it('lets any other failure through', async () => {
    const strapi = {
      plugin: () => ({
        service: (name: string) =>
          name === 'site'
            ? { communeId: async () => 7 }
            : { get: () => ({ search: async () => Promise.reject(new Error('database down')) }) },
      }),
    } as unknown as Core.Strapi;
    await expect(search({ strapi }).find(context({ q: 'rừng' }))).rejects.toThrow('database down');
  });
});
