/**
 * This process's one visit queue (server/utils/visit-batcher.ts), sending to Strapi's batch
 * route with the site's token and the commune's trusted header. The request middleware and
 * nginx's log listener both add to it; server/plugins/visit-counter.ts flushes it on shutdown.
 */
import type { VisitBatch } from '#site-stats';
import { VisitBatcher } from './visit-batcher';
import { statsSender } from './stats-sender';
import { dayInVietnam, visitorHash } from './visits';

let queue: VisitBatcher | null = null;

export function visitQueue(): VisitBatcher {
  if (queue) return queue;
  const send = statsSender<VisitBatch>('/api/site-stats/visits');
  queue = new VisitBatcher({ send, log: (message) => console.error(message), intervalMs: Number(useRuntimeConfig().visitFlushMs) || 2000 });
  return queue;
}

/** The secret every site process salts visitor hashes with (the token stands in outside production). */
let salt: string | null = null;
function visitSalt(): string {
  if (salt === null) {
    const { visitSecret, strapiToken } = useRuntimeConfig();
    salt = String(visitSecret || strapiToken);
  }
  return salt;
}

/**
 * Today's hashes of recent visitors (address and browser): a reader views several pages, and a
 * hash object per view costs more than the rest of the counting. Bounded; forgotten at midnight.
 */
const HASH_MEMO_MAX = 20_000;
let hashDay = '';
const hashes = new Map<string, string>();

function hashOf(day: string, address: string, userAgent: string): string {
  if (day !== hashDay || hashes.size >= HASH_MEMO_MAX) {
    hashes.clear();
    hashDay = day;
  }
  const key = `${address}\u0000${userAgent}`;
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = visitorHash(visitSalt(), day, address, userAgent);
    hashes.set(key, hash);
  }
  return hash;
}

/** The Vietnamese day last computed and the instants it runs between: formatting a date per view adds up. */
let dayKnown = { day: '', from: 0, until: 0 };

function dayOf(now: Date): string {
  const at = now.getTime();
  if (at < dayKnown.from || at >= dayKnown.until) {
    const day = dayInVietnam(now);
    const from = Date.parse(`${day}T00:00:00+07:00`);
    dayKnown = { day, from, until: from + 86_400_000 };
  }
  return dayKnown.day;
}

/** Counts a person's view of a commune's page now, whoever served it (the site or nginx's cache). */
export function countView(commune: string, address: string, userAgent: string, now = new Date()): void {
  const day = dayOf(now);
  visitQueue().add(commune, day, hashOf(day, address, userAgent));
}
