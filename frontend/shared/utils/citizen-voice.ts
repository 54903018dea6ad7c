/**
 * The public side of "citizens talk back": topic codes for addresses, the phase of a consultation
 * and its days left. Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { QUESTION_TOPICS } from '../../../plugins/citizen-voice/shared';

/** `Đất đai, xây dựng` → `dat-dai-xay-dung`: a topic in an address (`/hoi-dap?chu-de=`). */
export function topicCode(topic: string): string {
  return topic
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The topic of an address code, or null when there is none. */
export function topicOfCode(code: string): string | null {
  return QUESTION_TOPICS.find((topic) => topicCode(topic) === code) ?? null;
}

export type ConsultationPhase = 'open' | 'upcoming' | 'closed';

export const CONSULTATION_PHASE_LABELS: Record<ConsultationPhase, string> = {
  open: 'Đang lấy ý kiến',
  upcoming: 'Sắp lấy ý kiến',
  closed: 'Đã hết thời hạn góp ý',
};

export function consultationPhase(opensAt: string, closesAt: string, now: Date = new Date()): ConsultationPhase {
  const time = now.getTime();
  if (time < Date.parse(opensAt)) return 'upcoming';
  return time < Date.parse(closesAt) ? 'open' : 'closed';
}

const DAY_MS = 24 * 3600_000;

/** Days left to comment, counted in Vietnam's calendar days: the closing day itself counts (≥ 1 while open). */
export function daysLeft(closesAt: string, now: Date = new Date()): number {
  const vietnamDay = (time: number): number => Math.floor((time + 7 * 3600_000) / DAY_MS);
  return Math.max(1, vietnamDay(Date.parse(closesAt)) - vietnamDay(now.getTime()) + 1);
}

/** `còn 5 ngày`, `còn 1 ngày (hết hạn hôm nay)`. */
export function daysLeftText(closesAt: string, now: Date = new Date()): string {
  const days = daysLeft(closesAt, now);
  return days === 1 ? 'còn 1 ngày (hết hạn hôm nay)' : `còn ${days} ngày`;
}

/** Open first (closing soonest first), then upcoming (opening soonest first), then closed (latest first). */
export function sortConsultations<T extends { opensAt: string; closesAt: string }>(items: readonly T[], now: Date = new Date()): T[] {
  const rank: Record<ConsultationPhase, number> = { open: 0, upcoming: 1, closed: 2 };
  const key = (item: T): number => {
    const phase = consultationPhase(item.opensAt, item.closesAt, now);
    if (phase === 'open') return Date.parse(item.closesAt);
    if (phase === 'upcoming') return Date.parse(item.opensAt);
    return -Date.parse(item.closesAt);
  };
  return [...items].sort((a, b) => {
    const byPhase = rank[consultationPhase(a.opensAt, a.closesAt, now)] - rank[consultationPhase(b.opensAt, b.closesAt, now)];
    return byPhase !== 0 ? byPhase : key(a) - key(b);
  });
}

/** A page path a rating may come back to: this site's own, never `//host` or a scheme. */
export function isRatablePath(path: string): boolean {
  return /^\/(?![/\\])[^\s?#\\]*$/.test(path) && path.length <= 300;
}
