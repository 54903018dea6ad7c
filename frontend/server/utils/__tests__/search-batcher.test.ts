import { NUMBER_MASK, SEARCH_BATCH_MAX, type SearchBatch } from '../../../../plugins/site-stats/shared';
import type { SendOutcome } from '../day-batcher';
import { recordingBatcher } from '../../../../tests/support/batcher-harness';
import { SearchBatcher } from '../search-batcher';

const batcher = (outcome: () => Promise<SendOutcome>, options: { maxPending?: number } = {}) =>
  recordingBatcher<SearchBatch, SearchBatcher>((base) => new SearchBatcher({ ...base, ...options }), outcome);

describe('SearchBatcher', () => {
  it('counts each normalised query once per commune and day, with the searches that found nothing', async () => {
    const { queue, sent } = batcher(async () => 'counted');
    queue.add('khanh-khe', '2026-12-06', 'Giấy khai sinh', true);
    queue.add('khanh-khe', '2026-12-06', '  giấy   KHAI sinh ', false);
    queue.add('khanh-khe', '2026-12-06', 'Gia\u0302\u0301y khai sinh'.normalize('NFD'), true);
    queue.add('khanh-khe', '2026-12-06', 'đất rừng', false);
    queue.add('son-giang', '2026-12-06', 'giấy khai sinh', true);
    queue.add('khanh-khe', '2026-12-05', 'giấy khai sinh', true);
    expect(queue.size).toBe(4);
    await queue.flush();
    expect(sent).toEqual([
      {
        commune: 'khanh-khe',
        batch: {
          day: '2026-12-06',
          searches: [
            { query: 'giấy khai sinh', searches: 3, empty: 1 },
            { query: 'đất rừng', searches: 1, empty: 1 },
          ],
        },
      },
      { commune: 'son-giang', batch: { day: '2026-12-06', searches: [{ query: 'giấy khai sinh', searches: 1, empty: 0 }] } },
      { commune: 'khanh-khe', batch: { day: '2026-12-05', searches: [{ query: 'giấy khai sinh', searches: 1, empty: 0 }] } },
    ]);
    // Unlike visitors, the same query searched again later is sent again: it is another search.
    queue.add('khanh-khe', '2026-12-06', 'giấy khai sinh', true);
    await queue.flush();
    expect(sent.at(-1)).toEqual({
      commune: 'khanh-khe',
      batch: { day: '2026-12-06', searches: [{ query: 'giấy khai sinh', searches: 1, empty: 0 }] },
    });
  });

  it('keeps no unmasked phone number even in memory, and does not count an empty query', async () => {
    const { queue, sent } = batcher(async () => 'counted');
    queue.add('khanh-khe', '2026-12-06', 'hồ sơ của 0912 345 678', false);
    queue.add('khanh-khe', '2026-12-06', '   ', false);
    await queue.flush();
    expect(sent).toEqual([
      { commune: 'khanh-khe', batch: { day: '2026-12-06', searches: [{ query: `hồ sơ của ${NUMBER_MASK}`, searches: 1, empty: 1 }] } },
    ]);
  });

  it('splits batches larger than the route accepts', async () => {
    const { queue, sent } = batcher(async () => 'counted');
    for (let n = 0; n < SEARCH_BATCH_MAX + 5; n += 1) queue.add('khanh-khe', '2026-12-06', `từ khóa ${n}`, true);
    await queue.flush();
    expect(sent.map((entry) => entry.batch.searches.length)).toEqual([SEARCH_BATCH_MAX, 5]);
  });

  it('a batch Strapi could not take comes back merged with the searches made meanwhile', async () => {
    let answer: () => Promise<SendOutcome> = () => Promise.reject(new Error('connect ECONNREFUSED'));
    const { queue, sent, logs } = batcher(() => answer());
    queue.add('khanh-khe', '2026-12-06', 'đất rừng', false);
    await queue.flush();
    expect(logs.join('\n')).toMatch(/\[searches\] batch not sent, kept for the next attempt \(1 waiting\): connect ECONNREFUSED/);
    queue.add('khanh-khe', '2026-12-06', 'đất rừng', true);
    answer = async () => 'counted';
    await queue.flush();
    expect(sent.at(-1)?.batch.searches).toEqual([{ query: 'đất rừng', searches: 2, empty: 1 }]);
    expect(queue.size).toBe(0);
    answer = async () => 'refused';
    queue.add('khong-con', '2026-12-06', 'x', true);
    await queue.flush();
    expect(queue.size).toBe(0);
    expect(logs.join('\n')).toMatch(/\[searches\] 1 search query\(ies\) of khong-con on 2026-12-06 refused/);
  });

  it('holds at most maxPending distinct queries; a query already waiting still counts', async () => {
    const { queue, sent, logs } = batcher(() => Promise.reject(new Error('timeout')), { maxPending: 2 });
    queue.add('khanh-khe', '2026-12-06', 'a', true);
    queue.add('khanh-khe', '2026-12-06', 'b', true);
    queue.add('khanh-khe', '2026-12-06', 'c', true);
    queue.add('khanh-khe', '2026-12-06', 'a', false);
    expect(queue.size).toBe(2);
    await queue.flush();
    expect(logs.join('\n')).toMatch(/1 search query\(ies\) not counted: more than 2 were waiting/);
    expect(sent[0]?.batch.searches).toEqual([
      { query: 'a', searches: 2, empty: 1 },
      { query: 'b', searches: 1, empty: 0 },
    ]);
  });

  it('close() sends what is waiting', async () => {
    const { queue, sent, logs } = batcher(async () => 'counted');
    queue.add('khanh-khe', '2026-12-06', 'lịch tiếp dân', true);
    await queue.close();
    expect(sent).toHaveLength(1);
    expect(logs).toEqual([]);
  });
});
