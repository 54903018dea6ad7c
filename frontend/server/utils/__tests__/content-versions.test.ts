import { ContentVersions, type VersionsFetcher } from '../content-versions';

describe('ContentVersions', () => {
  it('is 0 for every commune before the first answer, then the answered versions', async () => {
    const versions = new ContentVersions(async () => ({ versions: { data: { 'khanh-khe': 7 } }, etag: 'W/"7-1"' }));
    expect(versions.of('khanh-khe')).toBe(0);
    expect(versions.age()).toBe(Number.POSITIVE_INFINITY);
    expect(versions.tag()).toBe('');
    await versions.poll();
    expect(versions.of('khanh-khe')).toBe(7);
    expect(versions.of('quoc-tuan')).toBe(0);
    // Every version at once, for the province host's lists: Strapi's ETag of the answer.
    expect(versions.tag()).toBe('W/"7-1"');
  });

  it('sends its ETag back and keeps the versions on 304', async () => {
    const seen: (string | null)[] = [];
    const answers: Awaited<ReturnType<VersionsFetcher>>[] = [{ versions: { data: { a: 1 } }, etag: 'W/"1-1"' }, 'unchanged'];
    const versions = new ContentVersions(async (etag) => {
      seen.push(etag);
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return answer;
    });
    await versions.poll();
    await versions.poll();
    expect(seen).toEqual([null, 'W/"1-1"']);
    expect(versions.of('a')).toBe(1);
  });

  it('keeps the last versions when a poll fails, and reports how old they are', async () => {
    let now = 1000;
    let fail = false;
    const versions = new ContentVersions(
      async () => {
        if (fail) throw new Error('Strapi down');
        return { versions: { data: { a: 3 } }, etag: null };
      },
      () => now,
    );
    await versions.poll();
    fail = true;
    now = 4000;
    await expect(versions.poll()).rejects.toThrow('Strapi down');
    expect(versions.of('a')).toBe(3);
    expect(versions.age()).toBe(3000);
  });

  it('shares one poll between simultaneous callers', async () => {
    let calls = 0;
    const versions = new ContentVersions(async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { versions: { data: {} }, etag: null };
    });
    await Promise.all([versions.poll(), versions.poll(), versions.poll()]);
    expect(calls).toBe(1);
  });
});
