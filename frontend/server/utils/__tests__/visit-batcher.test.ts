import { VISIT_BATCH_MAX, type VisitBatch } from '../../../../plugins/site-stats/shared';
import type { SendOutcome } from '../day-batcher';
import { recordingBatcher } from '../../../../tests/support/batcher-harness';
import { VisitBatcher } from '../visit-batcher';

const hash = (n: number): string => n.toString(16).padStart(64, '0');

const batcher = (outcome: () => Promise<SendOutcome>, options: { maxPending?: number; maxRemembered?: number } = {}) =>
  recordingBatcher<VisitBatch, VisitBatcher>((base) => new VisitBatcher({ ...base, ...options }), outcome);

describe('VisitBatcher', () => {
  it('sends one batch per commune and day, each visitor once', async () => {
    const { queue, sent } = batcher(async () => 'counted');
    for (let view = 0; view < 100; view += 1) queue.add('khanh-khe', '2026-12-06', hash(view % 3));
    queue.add('son-giang', '2026-12-06', hash(1));
    queue.add('khanh-khe', '2026-12-05', hash(9));
    expect(queue.size).toBe(5);
    await queue.flush();
    expect(sent).toEqual([
      { commune: 'khanh-khe', batch: { day: '2026-12-06', visitors: [hash(0), hash(1), hash(2)] } },
      { commune: 'son-giang', batch: { day: '2026-12-06', visitors: [hash(1)] } },
      { commune: 'khanh-khe', batch: { day: '2026-12-05', visitors: [hash(9)] } },
    ]);
    expect(queue.size).toBe(0);
    // Already sent today: not sent again.
    queue.add('khanh-khe', '2026-12-06', hash(0));
    await queue.flush();
    expect(sent).toHaveLength(3);
  });

  it('splits batches larger than the route accepts', async () => {
    const { queue, sent } = batcher(async () => 'counted');
    for (let n = 0; n < VISIT_BATCH_MAX + 10; n += 1) queue.add('khanh-khe', '2026-12-06', hash(n));
    await queue.flush();
    expect(sent.map((entry) => entry.batch.visitors.length)).toEqual([VISIT_BATCH_MAX, 10]);
  });

  it('keeps a batch Strapi could not take for the next attempt, and drops a refused one', async () => {
    let answer: () => Promise<SendOutcome> = () => Promise.reject(new Error('connect ECONNREFUSED'));
    const { queue, sent, logs } = batcher(() => answer());
    queue.add('khanh-khe', '2026-12-06', hash(1));
    await queue.flush();
    expect(queue.size).toBe(1);
    expect(logs.join('\n')).toMatch(/kept for the next attempt \(1 waiting\): connect ECONNREFUSED/);
    answer = async () => 'counted';
    await queue.flush();
    expect(queue.size).toBe(0);
    expect(sent).toHaveLength(2);
    answer = async () => 'refused';
    queue.add('khong-con', '2026-12-06', hash(2));
    await queue.flush();
    expect(queue.size).toBe(0);
    expect(logs.join('\n')).toMatch(/1 visitor\(s\) of khong-con on 2026-12-06 refused/);
  });

  it('holds at most maxPending visitors while Strapi is away, and says how many it dropped', async () => {
    const { queue, logs } = batcher(() => Promise.reject(new Error('timeout')), { maxPending: 3 });
    for (let n = 0; n < 5; n += 1) queue.add('khanh-khe', '2026-12-06', hash(n));
    expect(queue.size).toBe(3);
    await queue.flush();
    expect(queue.size).toBe(3);
    expect(logs.join('\n')).toMatch(/2 visitor\(s\) not counted: more than 3 were waiting/);
  });

  it('forgets what it sent when its memory is full (a resend is harmless)', async () => {
    const { queue, sent } = batcher(async () => 'counted', { maxRemembered: 2 });
    queue.add('khanh-khe', '2026-12-06', hash(1));
    queue.add('khanh-khe', '2026-12-06', hash(2));
    await queue.flush();
    queue.add('khanh-khe', '2026-12-06', hash(3));
    await queue.flush();
    queue.add('khanh-khe', '2026-12-06', hash(1));
    await queue.flush();
    expect(sent.map((entry) => entry.batch.visitors)).toEqual([[hash(1), hash(2)], [hash(3)], [hash(1)]]);
  });

  it('one flush at a time: a flush asked during another waits for it, nothing is sent twice', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { queue, sent } = batcher(async () => {
      await gate;
      return 'counted';
    });
    queue.add('khanh-khe', '2026-12-06', hash(1));
    const first = queue.flush();
    queue.add('khanh-khe', '2026-12-06', hash(2));
    const second = queue.flush();
    release();
    await Promise.all([first, second]);
    expect(sent.map((entry) => entry.batch.visitors)).toEqual([[hash(1)], [hash(2)]]);
  });

  it('close() sends what is waiting', async () => {
    const { queue, sent, logs } = batcher(async () => 'counted');
    queue.add('khanh-khe', '2026-12-06', hash(1));
    await queue.close();
    expect(sent).toHaveLength(1);
    expect(logs).toEqual([]);
  });
});
