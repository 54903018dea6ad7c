import { HostMemo } from '../host-memo';

describe('HostMemo', () => {
  const versionOf = (versions: Record<string, number>) => (value: { slug: string }) => versions[value.slug] ?? 0;

  it('keeps a host while its commune’s version stands and the entry is young', () => {
    let now = 0;
    const memo = new HostMemo<{ slug: string }>(60_000, () => now);
    memo.set('khanhkhe.langson.gov.vn', { slug: 'khanh-khe' }, 3);
    now = 59_999;
    expect(memo.get('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toEqual({ slug: 'khanh-khe' });
    expect(memo.get('other.gov.vn', versionOf({ 'khanh-khe': 3 }))).toBeUndefined();
  });

  it('forgets a host once its commune’s version moves (an edit of the commune record, a suspension)', () => {
    const memo = new HostMemo<{ slug: string }>(60_000, () => 0);
    memo.set('khanhkhe.langson.gov.vn', { slug: 'khanh-khe' }, 3);
    expect(memo.get('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 4 }))).toBeUndefined();
    // Gone for good: the old version coming back does not revive it.
    expect(memo.get('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toBeUndefined();
    // A suspended commune leaves the versions list: its version reads as 0.
    memo.set('quoctuan.gov.vn', { slug: 'quoc-tuan' }, 5);
    expect(memo.get('quoctuan.gov.vn', versionOf({}))).toBeUndefined();
  });

  it('forgets a host after the maximum age even when nothing changed', () => {
    let now = 0;
    const memo = new HostMemo<{ slug: string }>(60_000, () => now);
    memo.set('khanhkhe.langson.gov.vn', { slug: 'khanh-khe' }, 3);
    now = 60_000;
    expect(memo.get('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toBeUndefined();
  });
});

describe('HostMemo.lookup (serving through an outage)', () => {
  const versionOf = (versions: Record<string, number>) => (value: { slug: string }) => versions[value.slug] ?? 0;

  it('keeps an old entry as a stale answer while the version stands', () => {
    let now = 0;
    const memo = new HostMemo<{ slug: string }>(60_000, () => now);
    memo.set('khanhkhe.langson.gov.vn', { slug: 'khanh-khe' }, 3);
    now = 10 * 60_000;
    expect(memo.lookup('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toEqual({ value: { slug: 'khanh-khe' }, fresh: false });
    expect(memo.get('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toBeUndefined();
  });

  it('drops an old entry when the version moved (a suspension while Strapi is up)', () => {
    let now = 0;
    const memo = new HostMemo<{ slug: string }>(60_000, () => now);
    memo.set('khanhkhe.langson.gov.vn', { slug: 'khanh-khe' }, 3);
    now = 10 * 60_000;
    expect(memo.lookup('khanhkhe.langson.gov.vn', versionOf({}))).toBeUndefined();
    expect(memo.lookup('khanhkhe.langson.gov.vn', versionOf({ 'khanh-khe': 3 }))).toBeUndefined();
  });
});
