/**
 * The site process's visit queue (on the counters' common DayBatcher): a view adds the
 * visitor's daily hash to its commune and day, and each batch is the day's new visitors. PostgreSQL
 * decides what is new (the visitor row keyed by commune, day and hash), so two site processes,
 * or the site and nginx's log, sending the same visitor count it once.
 *
 * Bounded: at most `maxPending` hashes wait (about 100 bytes each). A visitor already sent today
 * is not sent again (remembered up to `maxRemembered`, then forgotten all at once: a resend is
 * harmless, only wasted).
 *
 * No Nuxt auto-imports: Jest imports this module directly; sending is injected.
 */
import { VISIT_BATCH_MAX, type VisitBatch } from '../../../plugins/site-stats/shared';
import { DayBatcher, type SendOutcome } from './day-batcher';

export interface VisitBatcherOptions {
  /** Sends one batch of one commune; rejects when it may succeed later (Strapi down, timeout, 5xx). */
  send(commune: string, batch: VisitBatch): Promise<SendOutcome>;
  log(message: string): void;
  intervalMs?: number;
  maxPending?: number;
  maxRemembered?: number;
}

const SEPARATOR = '\u0000';

export class VisitBatcher extends DayBatcher<true, VisitBatch> {
  private readonly remembered = new Map<string, Set<string>>();
  private rememberedCount = 0;
  private readonly maxRemembered: number;

  constructor(options: VisitBatcherOptions) {
    super({
      label: 'visits',
      noun: 'visitor(s)',
      send: options.send,
      toBatch: (day, entries) => ({ day, visitors: entries.map(([visitor]) => visitor) }),
      merge: (waiting) => waiting,
      batchMax: VISIT_BATCH_MAX,
      log: options.log,
      intervalMs: options.intervalMs ?? 2000,
      maxPending: options.maxPending ?? 100_000,
    });
    this.maxRemembered = options.maxRemembered ?? 200_000;
  }

  /** Counts a view: the visitor's daily hash for a commune (slug) and day. Cheap: a Set lookup. */
  add(commune: string, day: string, visitor: string): void {
    if (this.remembered.get(commune + SEPARATOR + day)?.has(visitor)) return;
    this.addEntry(commune, day, visitor, true);
  }

  protected override counted(commune: string, day: string, entries: Array<[string, true]>): void {
    const key = commune + SEPARATOR + day;
    if (this.rememberedCount + entries.length > this.maxRemembered) {
      this.remembered.clear();
      this.rememberedCount = 0;
    }
    let hashes = this.remembered.get(key);
    if (!hashes) {
      hashes = new Set();
      this.remembered.set(key, hashes);
    }
    for (const [visitor] of entries) hashes.add(visitor);
    this.rememberedCount += entries.length;
  }
}
