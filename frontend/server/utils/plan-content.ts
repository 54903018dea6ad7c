/**
 * Strapi plans → the plan list (filtered by kind and status, newest period first, paged) and
 * the plan page.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { PlanDetail, PlanKind, PlanMap, PlanReport, PlanStatus, PlanSummary } from '#shared/types/plan';
import { PLAN_KINDS, PLAN_STATUSES, valueOfCode } from '#shared/utils/public-works';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { normaliseBlocks, publicMediaUrl } from './content';
import { DOCUMENT_REF_FIELDS, toDocumentRef, type RawDocumentRef } from './document-content';
import { nestBlocks } from './procedure-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { PlanAnswer, PlanImplementationReportComponent, UploadFileAnswer } from '../types/strapi-answers.generated';

export type RawPlanSummary = Pick<
  PlanAnswer,
  'documentId' | 'title' | 'slug' | 'planKind' | 'planStatus' | 'field' | 'periodStart' | 'periodEnd' | 'summary' | 'updatedAt'
>;

type RawMapImage = Pick<UploadFileAnswer, 'url' | 'alternativeText' | 'caption' | 'width' | 'height'>;

export type RawPlanReport = Pick<PlanImplementationReportComponent, 'reportDate' | 'title' | 'summary'> &
  Populated<PlanImplementationReportComponent, 'files', RawUploadFile>;

export type RawPlanDetail = RawPlanSummary &
  Pick<PlanAnswer, 'body'> &
  Populated<PlanAnswer, 'approvingDocument', RawDocumentRef> &
  Populated<PlanAnswer, 'files', RawUploadFile> &
  Populated<PlanAnswer, 'maps', RawMapImage> &
  Populated<PlanAnswer, 'reports', RawPlanReport>;

/** Plans per page of the list. */
export const PLAN_PAGE_SIZE = 10;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const KIND_VALUES = Object.values(PLAN_KINDS);
const STATUS_VALUES = Object.values(PLAN_STATUSES);

/** Unknown values read as the schema's defaults. */
function toKind(value: string | null | undefined): PlanKind {
  return KIND_VALUES.find((kind) => kind === value) ?? 'Kế hoạch';
}

function toStatus(value: string | null | undefined): PlanStatus {
  return STATUS_VALUES.find((status) => status === value) ?? 'Đã phê duyệt';
}

/** `/quy-hoach-ke-hoach/<slug>`, or the documentId when the entry has no slug. */
export function planPath(raw: { documentId: string; slug?: string | null }): string {
  return `/quy-hoach-ke-hoach/${encodeURIComponent(text(raw.slug) ?? raw.documentId)}`;
}

export function toPlanSummary(raw: RawPlanSummary): PlanSummary {
  return {
    documentId: raw.documentId,
    title: text(raw.title) ?? '',
    kind: toKind(raw.planKind),
    status: toStatus(raw.planStatus),
    field: text(raw.field),
    periodStart: raw.periodStart ?? 0,
    periodEnd: raw.periodEnd ?? null,
    summary: text(raw.summary) ?? '',
    path: planPath(raw),
  };
}

/** A map without its own alt text is named by its caption, else by the plan: never an empty alt on content. */
function toPlanMap(raw: RawMapImage | null, planTitle: string, index: number): PlanMap | null {
  const url = text(raw?.url);
  if (!raw || !url) return null;
  return {
    url,
    alt: text(raw.alternativeText) ?? text(raw.caption) ?? `Bản đồ ${index + 1} của ${planTitle}`,
    width: raw.width ?? null,
    height: raw.height ?? null,
  };
}

function toReport(raw: RawPlanReport | null, strapiUrl: string): PlanReport | null {
  const date = text(raw?.reportDate);
  const title = text(raw?.title);
  if (!raw || !date || !title) return null;
  return { date, title, summary: text(raw.summary) ?? '', files: toAttachments(raw.files, strapiUrl) };
}

export function toPlanDetail(raw: RawPlanDetail, strapiUrl: string): PlanDetail {
  const summary = toPlanSummary(raw);
  return {
    ...summary,
    approvingDocument: raw.approvingDocument ? toDocumentRef(raw.approvingDocument) : null,
    body: nestBlocks(normaliseBlocks(raw.body, strapiUrl)),
    files: toAttachments(raw.files, strapiUrl),
    maps: (raw.maps ?? [])
      .map((map, index) => toPlanMap(map, summary.title, index))
      .filter((map) => map !== null)
      .map((map) => ({ ...map, url: publicMediaUrl(map.url, strapiUrl) })),
    reports: (raw.reports ?? [])
      .map((report) => toReport(report, strapiUrl))
      .filter((report) => report !== null)
      .sort((a, b) => a.date.localeCompare(b.date)),
    updatedAt: text(raw.updatedAt),
  };
}

/* ---------- the list's filter ---------- */

export interface PlanFilter {
  kind: PlanKind | null;
  status: PlanStatus | null;
  page: number;
}

function one(value: unknown): string {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/**
 * The BFF's `?kind=&status=&page=` (address codes). Null for a value that cannot exist (an
 * unknown code, page 0): the list answers 404, like a page past the last.
 */
export function parsePlanFilter(query: Record<string, unknown>): PlanFilter | null {
  const kindCode = one(query.kind);
  const statusCode = one(query.status);
  const pageText = one(query.page);
  const kind = kindCode === '' ? null : valueOfCode(PLAN_KINDS, kindCode);
  const status = statusCode === '' ? null : valueOfCode(PLAN_STATUSES, statusCode);
  if ((kindCode !== '' && !kind) || (statusCode !== '' && !status)) return null;
  if (pageText !== '' && !/^[1-9]\d{0,4}$/.test(pageText)) return null;
  return { kind, status, page: pageText === '' ? 1 : Number(pageText) };
}

/* ---------- Strapi queries ---------- */

const SUMMARY_FIELDS = ['title', 'slug', 'planKind', 'planStatus', 'field', 'periodStart', 'periodEnd', 'summary', 'updatedAt'];

/** Newest period first: the current plans before the past ones. */
export const PLAN_SORT = ['periodStart:desc', 'periodEnd:desc', 'title:asc', 'id:desc'];

export function planListQuery(filter: PlanFilter, commune: StrapiQuery): StrapiQuery {
  return {
    filters: {
      ...commune,
      ...(filter.kind ? { planKind: { $eq: filter.kind } } : {}),
      ...(filter.status ? { planStatus: { $eq: filter.status } } : {}),
    },
    fields: SUMMARY_FIELDS,
    sort: PLAN_SORT,
    pagination: { page: filter.page, pageSize: PLAN_PAGE_SIZE },
  };
}

export function planDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, $or: [{ slug: { $eq: slugOrId } }, { documentId: { $eq: slugOrId } }] },
    fields: [...SUMMARY_FIELDS, 'body'],
    populate: {
      approvingDocument: { fields: [...DOCUMENT_REF_FIELDS] },
      files: { fields: [...ATTACHMENT_FIELDS] },
      maps: { fields: ['url', 'alternativeText', 'caption', 'width', 'height'] },
      reports: { populate: { files: { fields: [...ATTACHMENT_FIELDS] } } },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}
