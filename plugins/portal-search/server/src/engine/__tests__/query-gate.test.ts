import { GateFullError, QueryGate } from '../query-gate';

/** A task that runs until `finish()` is called. */
function controlled<T>(value: T): { task: () => Promise<T>; started: () => boolean; finish: () => void } {
  let started = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    task: async () => {
      started = true;
      await done;
      return value;
    },
    started: () => started,
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('QueryGate', () => {
  it('runs at most `limit` tasks at once, the others in the order they came', async () => {
    const gate = new QueryGate(2);
    const tasks = [controlled('a'), controlled('b'), controlled('c'), controlled('d')];
    const results = tasks.map((task) => gate.run(task.task));
    await settle();
    expect(tasks.map((task) => task.started())).toEqual([true, true, false, false]);
    expect(gate.load()).toEqual({ running: 2, waiting: 2 });

    tasks[1]?.finish();
    await settle();
    expect(tasks.map((task) => task.started())).toEqual([true, true, true, false]);

    tasks[0]?.finish();
    tasks[2]?.finish();
    await settle();
    expect(tasks[3]?.started()).toBe(true);
    tasks[3]?.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('passes the turn on when a task fails, and the failure to its caller', async () => {
    const gate = new QueryGate(1);
    const failing = gate.run(async () => {
      throw new Error('statement failed');
    });
    const next = gate.run(async () => 'ran');
    await expect(failing).rejects.toThrow('statement failed');
    expect(await next).toBe('ran');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a task when too many are waiting, and takes them again once the queue is shorter', async () => {
    const gate = new QueryGate(1, 2);
    const first = controlled('first');
    const running = gate.run(first.task);
    const waiting = [gate.run(async () => 'second'), gate.run(async () => 'third')];
    await expect(gate.run(async () => 'fourth')).rejects.toBeInstanceOf(GateFullError);
    first.finish();
    expect(await Promise.all([running, ...waiting])).toEqual(['first', 'second', 'third']);
    expect(await gate.run(async () => 'fifth')).toBe('fifth');
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new QueryGate(0)).toThrow('positive whole limit');
    expect(() => new QueryGate(1.5)).toThrow('positive whole limit');
  });
});
