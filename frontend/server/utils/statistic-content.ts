/**
 * Strapi statistics → the list of publications (by field) and the publication page.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { StatisticDetail, StatisticFieldGroup, StatisticListResponse, StatisticRow, StatisticSummary } from '#shared/types/statistic';
import { searchHitPath } from '#shared/utils/search';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { layoutBarChart } from './bar-chart';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { StatisticAnswer, StatisticsRowComponent } from '../types/strapi-answers.generated';

export type RawStatisticSummary = Pick<StatisticAnswer, 'documentId' | 'title' | 'slug' | 'field' | 'period' | 'publishedOn'>;

export type RawStatisticRow = Pick<StatisticsRowComponent, 'indicator' | 'unit' | 'previous' | 'current'>;

export type RawStatisticDetail = RawStatisticSummary &
  Pick<StatisticAnswer, 'summary' | 'currentLabel' | 'previousLabel' | 'chart' | 'updatedAt'> &
  Populated<StatisticAnswer, 'rows', RawStatisticRow> &
  Populated<StatisticAnswer, 'files', RawUploadFile>;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Strapi's decimal comes as a number or a string; anything else is unknown. */
export function toDecimal(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function toStatisticSummary(raw: RawStatisticSummary): StatisticSummary {
  return {
    documentId: raw.documentId,
    title: text(raw.title) ?? '',
    field: text(raw.field) ?? 'Lĩnh vực khác',
    period: text(raw.period) ?? '',
    publishedOn: text(raw.publishedOn),
    path: searchHitPath({ type: 'statistic', documentId: raw.documentId, slug: text(raw.slug), locale: 'vi' }),
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Fields alphabetically; inside a field, the newest publication first. */
export function groupStatistics(publications: readonly StatisticSummary[]): StatisticFieldGroup[] {
  const byField = new Map<string, StatisticSummary[]>();
  for (const publication of publications) {
    byField.set(publication.field, [...(byField.get(publication.field) ?? []), publication]);
  }
  return [...byField.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([field, list]) => ({
      field,
      publications: [...list].sort(
        (a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') || collator.compare(a.title, b.title),
      ),
    }));
}

export function toStatisticList(raw: readonly RawStatisticSummary[]): StatisticListResponse {
  const publications = raw.map(toStatisticSummary).filter((publication) => publication.title !== '');
  return { groups: groupStatistics(publications), total: publications.length };
}

export function toStatisticRows(raw: readonly (RawStatisticRow | null)[]): StatisticRow[] {
  const rows: StatisticRow[] = [];
  for (const row of raw) {
    const indicator = text(row?.indicator);
    const current = toDecimal(row?.current);
    if (!row || indicator === null || current === null) continue;
    rows.push({ indicator, unit: text(row.unit), previous: toDecimal(row.previous), current });
  }
  return rows;
}

export function toStatisticDetail(raw: RawStatisticDetail, strapiUrl: string): StatisticDetail {
  const summary = toStatisticSummary(raw);
  const rows = toStatisticRows(raw.rows ?? []);
  const currentLabel = text(raw.currentLabel) ?? (summary.period || 'Kỳ này');
  const previousLabel = rows.some((row) => row.previous !== null) ? (text(raw.previousLabel) ?? 'Kỳ trước') : null;
  return {
    ...summary,
    summary: text(raw.summary),
    currentLabel,
    previousLabel,
    rows,
    chart: raw.chart ? layoutBarChart({ title: summary.title, currentLabel, previousLabel, rows }) : null,
    files: toAttachments(raw.files, strapiUrl),
    updatedAt: raw.updatedAt ?? null,
  };
}

/* ---------- Strapi queries ---------- */

export const STATISTIC_PAGE_SIZE = 100;

export function statisticListQuery(page: number, commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: ['title', 'slug', 'field', 'period', 'publishedOn'],
    sort: ['publishedOn:desc', 'id:asc'],
    pagination: { page, pageSize: STATISTIC_PAGE_SIZE },
  };
}

export function statisticDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, $or: [{ slug: { $eq: slugOrId } }, { documentId: { $eq: slugOrId } }] },
    populate: { rows: true, files: { fields: [...ATTACHMENT_FIELDS] } },
    pagination: { page: 1, pageSize: 1 },
  };
}
