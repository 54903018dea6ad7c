/**
 * Maintenance windows (README "Maintenance windows"): what a valid one is, and how the public
 * site's token reads it. Pure: the unit test and the write middleware share it.
 */

/** A row as the database holds it (api::maintenance-window.maintenance-window). */
export interface StoredWindow {
  id: number;
  startsAt: string | Date;
  endsAt: string | Date;
  message?: string | null;
  allCommunes?: boolean | null;
  communes?: string | null;
}

/**
 * One window as `GET /api/maintenance-windows` answers it; the site's copy of this contract is
 * frontend/server/utils/maintenance.ts.
 */
export interface PublicMaintenanceWindow {
  id: number;
  startsAt: string;
  endsAt: string;
  message: string;
  /** Slugs of the communes it covers; null: every commune. */
  communes: string[] | null;
}

export interface MaintenanceWindowList {
  data: PublicMaintenanceWindow[];
}

/** The slugs in the "communes" field: separated by commas, semicolons, spaces or lines. */
export function parseCommuneSlugs(text: string | null | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/[\s,;]+/)
        .map((slug) => slug.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

const iso = (value: string | Date): string => (value instanceof Date ? value : new Date(value)).toISOString();

export function toPublicWindow(row: StoredWindow): PublicMaintenanceWindow {
  return {
    id: row.id,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    message: (row.message ?? '').trim(),
    communes: row.allCommunes === false ? parseCommuneSlugs(row.communes) : null,
  };
}

export interface WindowDraft {
  startsAt?: unknown;
  endsAt?: unknown;
  allCommunes?: unknown;
  communes?: unknown;
}

export interface WindowProblem {
  path: string;
  message: string;
}

/** A window longer than this is a typing error (a year instead of a day). */
export const MAX_WINDOW_HOURS = 72;

const toTime = (value: unknown): number | null => {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

/**
 * What is wrong with a window, in Vietnamese for province IT; `knownSlugs` are the communes that
 * exist. Empty when it may be saved.
 */
export function windowProblems(draft: WindowDraft, knownSlugs: ReadonlySet<string>): WindowProblem[] {
  const problems: WindowProblem[] = [];
  const start = toTime(draft.startsAt);
  const end = toTime(draft.endsAt);
  if (start === null) problems.push({ path: 'startsAt', message: 'Hãy nhập thời điểm bắt đầu bảo trì.' });
  if (end === null) problems.push({ path: 'endsAt', message: 'Hãy nhập thời điểm kết thúc bảo trì.' });
  if (start !== null && end !== null) {
    if (end <= start) problems.push({ path: 'endsAt', message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' });
    else if (end - start > MAX_WINDOW_HOURS * 3600_000)
      problems.push({ path: 'endsAt', message: `Một lần bảo trì dài nhất ${MAX_WINDOW_HOURS} giờ.` });
  }
  if (draft.allCommunes === false) {
    const slugs = parseCommuneSlugs(typeof draft.communes === 'string' ? draft.communes : '');
    if (slugs.length === 0)
      problems.push({
        path: 'communes',
        message: 'Hãy ghi đường dẫn (slug) của các xã, phường được bảo trì, hoặc chọn "Tất cả xã, phường".',
      });
    const unknown = slugs.filter((slug) => !knownSlugs.has(slug));
    if (unknown.length > 0) problems.push({ path: 'communes', message: `Không có xã, phường với đường dẫn: ${unknown.join(', ')}.` });
  }
  return problems;
}
