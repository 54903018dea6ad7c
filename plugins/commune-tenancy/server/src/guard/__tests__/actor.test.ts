import type { Core } from '@strapi/strapi';
import { forgetActiveCommunes, resolveActor, SITE_CACHE_MS, type Actor } from '../actor';
import { readableCommunes, writableCommunes } from '../rules';

interface FakeContext {
  state: Record<string, unknown>;
  request?: { header: Record<string, string> };
}

/** A Strapi with one request context and a commune table of `active` slugs → ids. */
function fakeStrapi(ctx: FakeContext | undefined, active: Record<string, number> = {}) {
  const lookups: string[] = [];
  const strapi = {
    requestContext: { get: () => ctx },
    db: {
      query: (uid: string) => ({
        findOne: async ({ where }: { where: { slug?: string } }) => {
          lookups.push(`${uid}:${where.slug ?? ''}`);
          const id = where.slug ? active[where.slug] : undefined;
          return id === undefined ? null : { id };
        },
        findMany: async ({ where }: { where?: { siteStatus?: string } } = {}) => {
          lookups.push(`${uid}:${where?.siteStatus ?? ''}`);
          return where?.siteStatus === 'active' ? Object.values(active).map((id) => ({ id })) : [];
        },
      }),
    },
  } as unknown as Core.Strapi;
  return { strapi, lookups };
}

describe('resolveActor', () => {
  beforeEach(() => forgetActiveCommunes());

  it('reads every active commune for `x-commune: *` (the province host), and may write none', async () => {
    const ctx: FakeContext = {
      state: { auth: { strategy: { name: 'api-token' } }, route: { info: { type: 'content-api' } } },
      request: { header: { 'x-commune': '*' } },
    };
    const actor = await resolveActor(fakeStrapi(ctx, { 'khanh-khe': 3, 'quoc-tuan': 5 }).strapi);
    expect(actor).toEqual<Actor>({ kind: 'province', communeIds: [3, 5] });
    expect(readableCommunes(actor)).toEqual([3, 5]);
    expect(writableCommunes(actor)).toEqual([]);
  });

  it('is the system outside a request', async () => {
    expect(await resolveActor(fakeStrapi(undefined).strapi)).toEqual({ kind: 'system' });
  });

  it('never memoises an actor resolved before the request is authenticated', async () => {
    // Strapi evaluates RBAC conditions while authenticating: no ctx.state.auth yet.
    const ctx: FakeContext = { state: { route: { info: { type: 'admin' } } } };
    const { strapi } = fakeStrapi(ctx);
    const early = await resolveActor(strapi);
    expect(early.kind).toBe('denied');
    expect(ctx.state.communeActor).toBeUndefined();

    // Authentication done: the real actor is resolved, and from now on memoised.
    ctx.state.auth = { strategy: { name: 'admin' } };
    ctx.state.user = { id: 7, roles: [{ code: 'strapi-super-admin' }] };
    const actor = await resolveActor(strapi);
    expect(actor).toEqual<Actor>({ kind: 'platform', userId: 7 });
    expect(ctx.state.communeActor).toEqual(actor);
    expect(await resolveActor(strapi)).toBe(actor);
  });

  it('keeps an active commune for a few seconds, forgets it on demand, and never keeps a miss', async () => {
    const contentApi = (slug: string): FakeContext => ({
      state: { auth: { strategy: { name: 'api-token' } }, route: { info: { type: 'content-api' } } },
      request: { header: { 'x-commune': slug } },
    });
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      const active: Record<string, number> = { 'khanh-khe': 3 };
      const first = fakeStrapi(contentApi('khanh-khe'), active);
      expect(await resolveActor(first.strapi)).toEqual<Actor>({ kind: 'site', communeId: 3 });
      const second = fakeStrapi(contentApi('khanh-khe'), active);
      expect(await resolveActor(second.strapi)).toEqual<Actor>({ kind: 'site', communeId: 3 });
      expect(second.lookups).toHaveLength(0); // served from the cache

      now.mockReturnValue(1_000_000 + SITE_CACHE_MS + 1);
      delete active['khanh-khe']; // suspended elsewhere: noticed once the entry has expired
      const expired = fakeStrapi(contentApi('khanh-khe'), active);
      expect((await resolveActor(expired.strapi)).kind).toBe('denied');
      expect(expired.lookups).toHaveLength(1);

      active['khanh-khe'] = 3; // resumed: a miss was not kept, so it answers at once
      expect(await resolveActor(fakeStrapi(contentApi('khanh-khe'), active).strapi)).toEqual<Actor>({ kind: 'site', communeId: 3 });

      forgetActiveCommunes(); // a commune changed in this process
      const afterChange = fakeStrapi(contentApi('khanh-khe'), active);
      await resolveActor(afterChange.strapi);
      expect(afterChange.lookups).toHaveLength(1);
    } finally {
      now.mockRestore();
    }
  });
});
