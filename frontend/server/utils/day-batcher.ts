/**
 * What the site's counters (visits, searches) share: entries are gathered in memory per commune
 * and day and sent to Strapi in batches (one POST per commune and day every `intervalMs`, split
 * at `batchMax` entries), never one request per event.
 *
 * Bounded: at most `maxPending` distinct entries wait; beyond that, while Strapi is unreachable,
 * new ones are dropped and the log says how many (an entry already waiting still takes what is
 * added to it). A batch Strapi could not take is kept for the next attempt; one it refused for
 * good (a suspended commune, a day too late) is dropped with a log line. `close()` sends what is
 * left: a clean shutdown loses nothing.
 *
 * No Nuxt auto-imports: Jest imports this module directly; sending is injected.
 */

/** What became of a batch: counted, or refused for good (a suspended commune, a day too late). */
export type SendOutcome = 'counted' | 'refused';

export interface DayBatcherOptions<Value, Batch> {
  /** Log prefix and what an entry is called: `[visits] 3 visitor(s) …`. */
  label: string;
  noun: string;
  /** Sends one batch of one commune; rejects when it may succeed later (Strapi down, timeout, 5xx). */
  send(commune: string, batch: Batch): Promise<SendOutcome>;
  /** The request body of one day's entries. */
  toBatch(day: string, entries: Array<[string, Value]>): Batch;
  /** What an entry waiting already and the same entry added again make together. */
  merge(waiting: Value, added: Value): Value;
  /** The most entries the route accepts in one batch. */
  batchMax: number;
  log(message: string): void;
  intervalMs: number;
  maxPending: number;
}

const SEPARATOR = '\u0000';

/** The counters extend it with their own `add`. */
export class DayBatcher<Value, Batch> {
  private readonly pending = new Map<string, Map<string, Value>>();
  private pendingCount = 0;
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  readonly maxPending: number;
  private readonly intervalMs: number;

  constructor(private readonly options: DayBatcherOptions<Value, Batch>) {
    this.intervalMs = options.intervalMs;
    this.maxPending = options.maxPending;
  }

  /** Distinct entries waiting to be sent. */
  get size(): number {
    return this.pendingCount;
  }

  /** Adds `value` to the entry `name` of a commune (slug) and day. Cheap: a Map lookup. */
  protected addEntry(commune: string, day: string, name: string, value: Value): void {
    this.put(commune + SEPARATOR + day, name, value);
    this.start();
  }

  /** Sends every waiting entry now; resolves when done (a flush under way is waited for first). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pendingCount === 0) return this.reportDropped();
    this.flushing = this.sendAll().finally(() => {
      this.flushing = null;
    });
    await this.flushing;
  }

  /** Stops the timer and sends what is left (a clean shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    if (this.pendingCount > 0)
      this.options.log(
        `[${this.options.label}] ${this.pendingCount} ${this.options.noun} not counted at shutdown: the content service did not answer`,
      );
  }

  /** Told of the entries of each batch Strapi counted. */
  protected counted(_commune: string, _day: string, _entries: Array<[string, Value]>): void {}

  private put(key: string, name: string, value: Value): void {
    let entries = this.pending.get(key);
    const waiting = entries?.get(name);
    if (entries && waiting !== undefined) {
      entries.set(name, this.options.merge(waiting, value));
      return;
    }
    if (this.pendingCount >= this.maxPending) {
      this.dropped += 1;
      return;
    }
    if (!entries) {
      entries = new Map();
      this.pending.set(key, entries);
    }
    entries.set(name, value);
    this.pendingCount += 1;
  }

  private start(): void {
    if (this.timer || this.closed) return;
    // Unref'd: a waiting batch must not keep a finished process alive (close() flushes it).
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  private async sendAll(): Promise<void> {
    const { label, noun, batchMax } = this.options;
    const batches = [...this.pending];
    this.pending.clear();
    this.pendingCount = 0;
    let failure = '';
    for (const [key, entries] of batches) {
      const [commune = '', day = ''] = key.split(SEPARATOR);
      const all = [...entries];
      for (let start = 0; start < all.length; start += batchMax) {
        const chunk = all.slice(start, start + batchMax);
        try {
          const outcome = await this.options.send(commune, this.options.toBatch(day, chunk));
          if (outcome === 'counted') this.counted(commune, day, chunk);
          else this.options.log(`[${label}] ${chunk.length} ${noun} of ${commune} on ${day} refused by the content service; not counted`);
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          // Back in the queue, merged with what arrived meanwhile.
          for (const [name, value] of chunk) this.put(key, name, value);
        }
      }
    }
    if (failure) this.options.log(`[${label}] batch not sent, kept for the next attempt (${this.pendingCount} waiting): ${failure}`);
    this.reportDropped();
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.options.log(
      `[${this.options.label}] ${this.dropped} ${this.options.noun} not counted: more than ${this.maxPending} were waiting for the content service`,
    );
    this.dropped = 0;
  }
}
