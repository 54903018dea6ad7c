import { createTokenCache, memoiseAbilities } from '../api-token-cache';

/** A lookup that counts its calls and answers from a table the test changes. */
function lookup(table: Map<string, unknown>) {
  const calls: string[] = [];
  const load = async (hash: string): Promise<unknown> => {
    calls.push(hash);
    return table.get(hash) ?? null;
  };
  return { calls, load };
}

describe('the content API token cache', () => {
  it('looks a token up once while enabled, and again after any change is notified', async () => {
    const table = new Map<string, unknown>([['a', { id: 1 }]]);
    const { calls, load } = lookup(table);
    const cache = createTokenCache(load);
    cache.setEnabled(true);
    expect(await cache.get('a')).toEqual({ id: 1 });
    expect(await cache.get('a')).toEqual({ id: 1 });
    expect(calls).toEqual(['a']);
    table.delete('a');
    cache.forget();
    expect(await cache.get('a')).toBeNull();
    expect(calls).toEqual(['a', 'a']);
  });

  it('keeps nothing while its change listener is down', async () => {
    const { calls, load } = lookup(new Map([['a', { id: 1 }]]));
    const cache = createTokenCache(load);
    await cache.get('a');
    await cache.get('a');
    expect(calls).toEqual(['a', 'a']);
    cache.setEnabled(true);
    await cache.get('a');
    cache.setEnabled(false);
    await cache.get('a');
    expect(calls).toEqual(['a', 'a', 'a', 'a']);
  });

  it('never keeps a token not found, nor a call with options', async () => {
    const { calls, load } = lookup(new Map([['a', { id: 1 }]]));
    const cache = createTokenCache(load);
    cache.setEnabled(true);
    await cache.get('nope');
    await cache.get('nope');
    await cache.get('a', { populate: ['permissions'] });
    await cache.get('a', { populate: ['permissions'] });
    expect(calls).toEqual(['nope', 'nope', 'a', 'a']);
  });

  it('does not store what a lookup read before a change it overlapped', async () => {
    let release: (value: unknown) => void = () => undefined;
    const calls: string[] = [];
    const cache = createTokenCache((hash) => {
      calls.push(hash);
      return calls.length === 1 ? new Promise((resolve) => (release = resolve)) : Promise.resolve({ id: 2 });
    });
    cache.setEnabled(true);
    const pending = cache.get('a');
    cache.forget();
    release({ id: 1 });
    expect(await pending).toEqual({ id: 1 });
    expect(await cache.get('a')).toEqual({ id: 2 });
    expect(calls).toEqual(['a', 'a']);
  });

  it('looks a token up again after a minute without any notification', async () => {
    let clock = 0;
    const { calls, load } = lookup(new Map([['a', { id: 1 }]]));
    const cache = createTokenCache(load, () => clock);
    cache.setEnabled(true);
    await cache.get('a');
    clock = 59_999;
    await cache.get('a');
    clock = 60_000;
    await cache.get('a');
    expect(calls).toEqual(['a', 'a']);
  });
});

describe("the content API's abilities", () => {
  it('are built once per list of permissions; calls with options, and failures, are not kept', async () => {
    const built: string[] = [];
    const engine = {
      async generateAbility(permissions: unknown[], options?: Record<string, unknown>): Promise<unknown> {
        built.push(JSON.stringify([permissions, options ?? null]));
        if ((permissions[0] as { action: string }).action === 'fails') throw new Error('no such action');
        return { can: (permissions as Array<{ action: string }>).map((permission) => permission.action) };
      },
    };
    memoiseAbilities(engine);
    const read = [{ action: 'api::article.article.find' }];
    const first = await engine.generateAbility(read);
    expect(await engine.generateAbility([{ action: 'api::article.article.find' }])).toBe(first);
    expect(await engine.generateAbility([{ action: 'api::page.page.find' }])).not.toBe(first);
    await engine.generateAbility(read, { subject: 'x' });
    await engine.generateAbility(read, { subject: 'x' });
    await expect(engine.generateAbility([{ action: 'fails' }])).rejects.toThrow('no such action');
    await expect(engine.generateAbility([{ action: 'fails' }])).rejects.toThrow('no such action');
    expect(built).toHaveLength(6);
  });
});
