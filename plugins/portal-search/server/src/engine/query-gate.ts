/**
 * How many searches run at once. Each search is a few statements of pure CPU work on PostgreSQL
 * (everything it reads is in memory), so past about two per core more at once only makes each
 * slower: the operating system shares the cores among them and every one finishes late. Held at
 * the gate, searches run in their turn (first come, first served), and a burst of citizens'
 * searches never takes more than this many of Strapi's database connections, which the editors'
 * admin panel needs too.
 */
export class QueryGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  /**
   * @param limit tasks running at once
   * @param maxWaiting tasks waiting at once; one more is refused (GateFullError) rather than kept
   *   waiting behind so many that its answer would come too late to matter
   */
  constructor(
    private readonly limit: number,
    private readonly maxWaiting = 64 * limit,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`QueryGate needs a positive whole limit, got ${limit}`);
  }

  /** Runs `task` once fewer than `limit` tasks are running; tasks start in the order they came. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw new GateFullError(this.waiting.length);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running += 1;
    try {
      return await task();
    } finally {
      // The turn passes straight to the next waiting task (the count stays), or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Tasks running and waiting now. */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** More searches are waiting than the gate keeps: the search API answers 503, try again shortly. */
export class GateFullError extends Error {
  constructor(waiting: number) {
    super(`Too many searches at once (${waiting} waiting)`);
    this.name = 'GateFullError';
  }
}
