/**
 * A cached page as the page cache keeps it (server/plugins/page-cache.ts): its UTF-8 bytes, cut
 * once when it is stored at the places where each view writes something of its own — the urgent
 * notices, the maintenance notice, the visit counter's figures and the EMC script. A view is
 * then the bytes put together, not a 30–60 KB string searched, sliced, joined and encoded again:
 * encoding the page alone cost a third of a cached view's CPU.
 *
 * The places are the ones the string functions find (urgent-notices.ts, maintenance.ts, emc.ts,
 * shared/utils/visit-counter.ts), so a page reads the same either way.
 *
 * No Nuxt auto-imports: Jest imports this module directly.
 */
import { visitCounterSpan } from '#shared/utils/visit-counter';
import { emcScriptPosition } from './emc';
import { maintenanceNoticePosition } from './maintenance';
import { urgentNoticesPosition } from './urgent-notices';

/** What a view writes into the page; null: nothing (the counter: its figures as rendered). */
export interface PageInserts {
  urgent: string | null;
  maintenance: string | null;
  counter: string | null;
  emc: string | null;
}

type Slot = keyof PageInserts;

/**
 * At the same place, urgent notices come before the maintenance notice: on a page without a
 * skip link both go right after `<body>`, and the notices, written last, went in front.
 */
const SLOT_ORDER: Record<Slot, number> = { urgent: 0, maintenance: 1, counter: 2, emc: 3 };

export interface PageParts {
  /** When it was rendered (ms); 0: rendered while the CMS was down, so already old. */
  storedAt: number;
  /** The page between the slots: `segments[i]` comes before `slots[i]`, the last one after them all. */
  segments: Buffer[];
  slots: Slot[];
  /** The counter's text as rendered, for a view without figures. */
  renderedCounter: Buffer;
  /** The page's size in bytes. */
  bytes: number;
  /** The last page put together and what went into it: most views repeat it exactly. */
  last: { inserts: PageInserts; body: Buffer } | null;
}

/** `html` cut at its slots. */
export function cutPage(html: string, storedAt: number): PageParts {
  const places: Array<{ slot: Slot; start: number; end: number }> = [];
  const point = (slot: Slot, at: number): void => void (at >= 0 && places.push({ slot, start: at, end: at }));
  point('urgent', urgentNoticesPosition(html));
  point('maintenance', maintenanceNoticePosition(html));
  point('emc', emcScriptPosition(html));
  const counter = visitCounterSpan(html);
  if (counter) places.push({ slot: 'counter', ...counter });
  places.sort((a, b) => a.start - b.start || SLOT_ORDER[a.slot] - SLOT_ORDER[b.slot]);

  const segments: Buffer[] = [];
  const slots: Slot[] = [];
  let from = 0;
  for (const place of places) {
    // The counter's text holds no tag, so no other place can fall inside it; were one to, that
    // slot is left out rather than the page cut wrongly.
    if (place.start < from) continue;
    segments.push(Buffer.from(html.slice(from, place.start)));
    slots.push(place.slot);
    from = place.end;
  }
  segments.push(Buffer.from(html.slice(from)));
  const renderedCounter = Buffer.from(counter && slots.includes('counter') ? html.slice(counter.start, counter.end) : '');
  const bytes = segments.reduce((sum, segment) => sum + segment.length, renderedCounter.length);
  return { storedAt, segments, slots, renderedCounter, bytes, last: null };
}

const sameInserts = (a: PageInserts, b: PageInserts): boolean =>
  a.urgent === b.urgent && a.maintenance === b.maintenance && a.counter === b.counter && a.emc === b.emc;

/** The page's bytes with `inserts` written in; the same Buffer again while they do not change. */
export function assemblePage(page: PageParts, inserts: PageInserts): Buffer {
  if (page.last && sameInserts(page.last.inserts, inserts)) return page.last.body;
  const parts: Buffer[] = [];
  page.slots.forEach((slot, index) => {
    parts.push(page.segments[index] ?? Buffer.alloc(0));
    const text = inserts[slot];
    if (text) parts.push(Buffer.from(text));
    else if (slot === 'counter') parts.push(page.renderedCounter);
  });
  parts.push(page.segments[page.slots.length] ?? Buffer.alloc(0));
  const body = Buffer.concat(parts);
  page.last = { inserts: { ...inserts }, body };
  return body;
}
