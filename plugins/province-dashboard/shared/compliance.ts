/**
 * The compliance scorecard: each row of the required-information table judged against what the
 * commune has published. Pure: the server gathers the tallies, this decides; unit tests cover it.
 */
import { REQUIRED_INFORMATION, freshnessLabel, type Freshness, type RequiredInformationRow } from './required-information';

/** What a commune's site holds for one row of the table. */
export interface SectionTally {
  /** Published items (or saved items, for reference data without drafts). */
  count: number;
  /** When the newest item was published (or saved), ISO instant; null when there is none. */
  lastUpdated: string | null;
  /** Work schedules: the latest week (its Monday, YYYY-MM-DD) the site has a schedule for. */
  latestWeek?: string | null;
  /** Budget reports: the years that have a published estimate (Dự toán). */
  estimateYears?: readonly number[];
}

/**
 * - ok: has content, recent enough;
 * - stale: has content, but older than the rule allows;
 * - empty: nothing published.
 */
export type ComplianceState = 'ok' | 'stale' | 'empty';

export const COMPLIANCE_STATE_LABELS: Record<ComplianceState, string> = {
  ok: 'Đạt',
  stale: 'Chưa cập nhật',
  empty: 'Chưa có nội dung',
};

export interface SectionVerdict {
  key: string;
  state: ComplianceState;
  /** Why, in words for the commune admin: what is missing or how old the newest item is. */
  note: string;
}

const DAY_MS = 86_400_000;

/**
 * The calendar day in Vietnam (UTC+7, no daylight saving) of an ISO instant. Written here rather
 * than imported from site-stats: this module is bundled into the admin panel, whose bundler
 * cannot read another plugin's compiled shared code.
 */
export function vietnamDay(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The Monday of the week of a YYYY-MM-DD day. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

const dmy = (day: string): string => day.split('-').reverse().join('/');

function fresh(freshness: Freshness, tally: SectionTally, today: string): { ok: boolean; note: string } {
  switch (freshness.kind) {
    case 'present':
      return { ok: true, note: `${tally.count} mục đã đăng` };
    case 'published-within': {
      const last = tally.lastUpdated === null ? null : vietnamDay(tally.lastUpdated);
      const age = last === null ? Infinity : daysBetween(last, today);
      return {
        ok: age <= freshness.days,
        note: last === null ? 'Chưa có ngày cập nhật' : `Cập nhật lần cuối ${dmy(last)} (${age} ngày trước)`,
      };
    }
    case 'this-week': {
      const week = tally.latestWeek ?? null;
      const monday = mondayOf(today);
      if (week === null) return { ok: false, note: 'Chưa có lịch công tác' };
      return {
        ok: week >= monday,
        note:
          week >= monday
            ? `Có lịch tuần từ ${dmy(week)}`
            : `Lịch mới nhất là tuần từ ${dmy(week)}; chưa có lịch tuần này (từ ${dmy(monday)})`,
      };
    }
    case 'budget-estimate': {
      const year = Number(today.slice(0, 4));
      const due = `${year}-${String(freshness.dueMonth).padStart(2, '0')}-${String(freshness.dueDay).padStart(2, '0')}`;
      const years = tally.estimateYears ?? [];
      if (years.includes(year)) return { ok: true, note: `Đã công khai dự toán năm ${year}` };
      if (today <= due && years.includes(year - 1))
        return { ok: true, note: `Dự toán năm ${year} hạn công khai ${dmy(due)}; đang có dự toán năm ${year - 1}` };
      return {
        ok: false,
        note:
          today <= due
            ? `Chưa có dự toán năm ${year - 1}; dự toán năm ${year} hạn ${dmy(due)}`
            : `Chưa công khai dự toán năm ${year} (hạn ${dmy(due)})`,
      };
    }
  }
}

/** One row's verdict on the day `today` (YYYY-MM-DD, Vietnam time). */
export function judgeSection(row: RequiredInformationRow, tally: SectionTally, today: string): SectionVerdict {
  if (tally.count === 0) return { key: row.key, state: 'empty', note: 'Chưa đăng mục nào' };
  const { ok, note } = fresh(row.freshness, tally, today);
  return { key: row.key, state: ok ? 'ok' : 'stale', note };
}

/** The score: the share of rows that are ok, in whole percent. */
export function complianceScore(verdicts: readonly SectionVerdict[]): number {
  if (verdicts.length === 0) return 0;
  return Math.round((100 * verdicts.filter((verdict) => verdict.state === 'ok').length) / verdicts.length);
}

/** Every row of the table judged, in the table's order; a row with no tally counts as empty. */
export function scorecard(
  tallies: ReadonlyMap<string, SectionTally>,
  today: string,
  rows: readonly RequiredInformationRow[] = REQUIRED_INFORMATION,
): SectionVerdict[] {
  return rows.map((row) => judgeSection(row, tallies.get(row.key) ?? { count: 0, lastUpdated: null }, today));
}

export { freshnessLabel };
