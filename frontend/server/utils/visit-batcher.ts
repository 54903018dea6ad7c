/**
 * The site process's visit queue: views are counted in memory and sent to Strapi in batches
 * (one POST per commune and day every `intervalMs`), never one request per view. PostgreSQL
 * decides what is new (the visitor row keyed by commune, day and hash), so two site processes,
 * or the site and nginx's log, sending the same visitor count it once.
 *
 * Bounded: at most `maxPending` hashes wait (about 100 bytes each); beyond that, while Strapi is
 * unreachable, new visitors are dropped and the log says how many. A visitor already sent today
 * is not sent again (remembered up to `maxRemembered`, then forgotten all at once: a resend is
 * harmless, only wasted). `close()` sends what is left: a clean shutdown loses nothing.
 *
 * No Nuxt auto-imports: Jest imports this module directly; sending is injected.
 */
import { VISIT_BATCH_MAX, type VisitBatch } from '../../../plugins/site-stats/shared';

/** What became of a batch: counted, or refused for good (a suspended commune, a day too late). */
export type SendOutcome = 'counted' | 'refused';

export interface VisitBatcherOptions {
  /** Sends one batch of one commune; rejects when it may succeed later (Strapi down, timeout, 5xx). */
  send(commune: string, batch: VisitBatch): Promise<SendOutcome>;
  log(message: string): void;
  intervalMs?: number;
  maxPending?: number;
  maxRemembered?: number;
}

const SEPARATOR = '\u0000';

export class VisitBatcher {
  private readonly pending = new Map<string, Set<string>>();
  private readonly remembered = new Map<string, Set<string>>();
  private pendingCount = 0;
  private rememberedCount = 0;
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  readonly maxPending: number;
  private readonly maxRemembered: number;
  private readonly intervalMs: number;

  constructor(private readonly options: VisitBatcherOptions) {
    this.intervalMs = options.intervalMs ?? 2000;
    this.maxPending = options.maxPending ?? 100_000;
    this.maxRemembered = options.maxRemembered ?? 200_000;
  }

  /** Hashes waiting to be sent. */
  get size(): number {
    return this.pendingCount;
  }

  /** Counts a view: the visitor's daily hash for a commune (slug) and day. Cheap: a Set lookup. */
  add(commune: string, day: string, visitor: string): void {
    const key = commune + SEPARATOR + day;
    if (this.remembered.get(key)?.has(visitor)) return;
    let hashes = this.pending.get(key);
    if (hashes?.has(visitor)) return;
    if (this.pendingCount >= this.maxPending) {
      this.dropped += 1;
      return;
    }
    if (!hashes) {
      hashes = new Set();
      this.pending.set(key, hashes);
    }
    hashes.add(visitor);
    this.pendingCount += 1;
    this.start();
  }

  /** Sends every waiting hash now; resolves when done (a flush under way is waited for first). */
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
    if (this.pendingCount > 0) this.options.log(`[visits] ${this.pendingCount} visitor(s) not counted at shutdown: the content service did not answer`);
  }

  private start(): void {
    if (this.timer || this.closed) return;
    // Unref'd: a waiting batch must not keep a finished process alive (close() flushes it).
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  private async sendAll(): Promise<void> {
    const batches = [...this.pending];
    this.pending.clear();
    this.pendingCount = 0;
    let failure = '';
    for (const [key, hashes] of batches) {
      const [commune = '', day = ''] = key.split(SEPARATOR);
      const all = [...hashes];
      for (let start = 0; start < all.length; start += VISIT_BATCH_MAX) {
        const visitors = all.slice(start, start + VISIT_BATCH_MAX);
        try {
          const outcome = await this.options.send(commune, { day, visitors });
          if (outcome === 'counted') this.remember(key, visitors);
          else this.options.log(`[visits] ${visitors.length} visitor(s) of ${commune} on ${day} refused by the content service; not counted`);
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          this.requeue(key, visitors);
        }
      }
    }
    if (failure) this.options.log(`[visits] batch not sent, kept for the next attempt (${this.pendingCount} waiting): ${failure}`);
    this.reportDropped();
  }

  private requeue(key: string, visitors: string[]): void {
    let hashes = this.pending.get(key);
    if (!hashes) {
      hashes = new Set();
      this.pending.set(key, hashes);
    }
    for (const visitor of visitors) {
      if (hashes.has(visitor)) continue;
      if (this.pendingCount >= this.maxPending) {
        this.dropped += 1;
        continue;
      }
      hashes.add(visitor);
      this.pendingCount += 1;
    }
  }

  private remember(key: string, visitors: string[]): void {
    if (this.rememberedCount + visitors.length > this.maxRemembered) {
      this.remembered.clear();
      this.rememberedCount = 0;
    }
    let hashes = this.remembered.get(key);
    if (!hashes) {
      hashes = new Set();
      this.remembered.set(key, hashes);
    }
    for (const visitor of visitors) hashes.add(visitor);
    this.rememberedCount += visitors.length;
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.options.log(`[visits] ${this.dropped} visitor(s) not counted: more than ${this.maxPending} were waiting for the content service`);
    this.dropped = 0;
  }
}
