/**
 * Strapi investment projects and bidding notices → the "Đầu tư – Đấu thầu – Mua sắm công"
 * overview, the project page and the notice page.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type {
  NoticeDetail,
  NoticeKind,
  NoticeSummary,
  ProgressUpdate,
  ProjectDetail,
  ProjectRef,
  ProjectStatus,
  ProjectSummary,
} from '#shared/types/investment';
import { NOTICE_KINDS, PROJECT_STATUSES } from '#shared/utils/public-works';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { DOCUMENT_REF_FIELDS, toDocumentRef, type RawDocumentRef } from './document-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { BiddingNoticeAnswer, InvestmentProgressUpdateComponent, InvestmentProjectAnswer } from '../types/strapi-answers.generated';

/** A bigint column: a string from PostgreSQL, a number from other databases; both are read. */
type RawMoney = InvestmentProjectAnswer['totalCapital'];

export type RawProgressUpdate = Pick<InvestmentProgressUpdateComponent, 'updateDate' | 'percentComplete' | 'disbursed' | 'note'>;

export type RawProjectSummary = Pick<
  InvestmentProjectAnswer,
  | 'documentId'
  | 'name'
  | 'slug'
  | 'investor'
  | 'totalCapital'
  | 'capitalSource'
  | 'location'
  | 'startYear'
  | 'endYear'
  | 'projectStatus'
  | 'updatedAt'
> &
  Populated<InvestmentProjectAnswer, 'progress', RawProgressUpdate>;

export type RawProjectDetail = RawProjectSummary &
  Pick<InvestmentProjectAnswer, 'summary'> &
  Populated<InvestmentProjectAnswer, 'approvingDocument', RawDocumentRef> &
  Populated<InvestmentProjectAnswer, 'files', RawUploadFile>;

export type RawProjectRef = Pick<InvestmentProjectAnswer, 'documentId' | 'name' | 'slug'>;

export type RawNoticeSummary = Pick<
  BiddingNoticeAnswer,
  'documentId' | 'title' | 'slug' | 'noticeKind' | 'noticeDate' | 'closingDate' | 'packageName' | 'updatedAt'
> &
  Populated<BiddingNoticeAnswer, 'project', RawProjectRef>;

export type RawNoticeDetail = RawNoticeSummary &
  Pick<BiddingNoticeAnswer, 'summary' | 'packageValue' | 'winner' | 'contractValue'> &
  Populated<BiddingNoticeAnswer, 'files', RawUploadFile>;

/** Notices the overview shows (the latest; each project's page lists all of its own). */
export const OVERVIEW_NOTICE_COUNT = 20;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Digits only, leading zeros dropped; null for anything else (never a float's rounding). */
export function toMoney(value: RawMoney): string | null {
  const raw = typeof value === 'number' ? (Number.isSafeInteger(value) && value >= 0 ? String(value) : '') : (value?.trim() ?? '');
  return /^\d{1,30}$/.test(raw) ? raw.replace(/^0+(?=\d)/, '') : null;
}

const STATUS_VALUES = Object.values(PROJECT_STATUSES);
const KIND_VALUES = Object.values(NOTICE_KINDS);

function toStatus(value: string | null | undefined): ProjectStatus {
  return STATUS_VALUES.find((status) => status === value) ?? 'Đang thực hiện';
}

function toKind(value: string | null | undefined): NoticeKind {
  return KIND_VALUES.find((kind) => kind === value) ?? 'Thông báo mời thầu';
}

export function projectPath(raw: { documentId: string; slug?: string | null }): string {
  return `/dau-tu-dau-thau/du-an/${encodeURIComponent(text(raw.slug) ?? raw.documentId)}`;
}

export function noticePath(raw: { documentId: string; slug?: string | null }): string {
  return `/dau-tu-dau-thau/dau-thau/${encodeURIComponent(text(raw.slug) ?? raw.documentId)}`;
}

function toProgressUpdate(raw: RawProgressUpdate | null): ProgressUpdate | null {
  const date = text(raw?.updateDate);
  if (!raw || !date) return null;
  const percent =
    typeof raw.percentComplete === 'number' && raw.percentComplete >= 0 && raw.percentComplete <= 100
      ? Math.round(raw.percentComplete)
      : null;
  return { date, percentComplete: percent, disbursed: toMoney(raw.disbursed), note: text(raw.note) ?? '' };
}

/** Oldest first, as a history reads. */
export function toProgress(raw: readonly (RawProgressUpdate | null)[] | null | undefined): ProgressUpdate[] {
  return (raw ?? [])
    .map(toProgressUpdate)
    .filter((update) => update !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function toProjectSummary(raw: RawProjectSummary): ProjectSummary {
  return {
    documentId: raw.documentId,
    name: text(raw.name) ?? '',
    investor: text(raw.investor) ?? '',
    totalCapital: toMoney(raw.totalCapital) ?? '0',
    capitalSource: text(raw.capitalSource) ?? '',
    location: text(raw.location) ?? '',
    startYear: raw.startYear ?? 0,
    endYear: raw.endYear ?? null,
    status: toStatus(raw.projectStatus),
    latest: toProgress(raw.progress).at(-1) ?? null,
    path: projectPath(raw),
  };
}

function toProjectRef(raw: RawProjectRef | null | undefined): ProjectRef | null {
  const name = text(raw?.name);
  return raw && name ? { name, path: projectPath(raw) } : null;
}

export function toNoticeSummary(raw: RawNoticeSummary): NoticeSummary {
  return {
    documentId: raw.documentId,
    title: text(raw.title) ?? '',
    kind: toKind(raw.noticeKind),
    noticeDate: text(raw.noticeDate) ?? '',
    closingDate: text(raw.closingDate),
    packageName: text(raw.packageName),
    project: toProjectRef(raw.project),
    path: noticePath(raw),
  };
}

export function toProjectDetail(raw: RawProjectDetail, notices: readonly RawNoticeSummary[], strapiUrl: string): ProjectDetail {
  return {
    ...toProjectSummary(raw),
    summary: text(raw.summary) ?? '',
    approvingDocument: raw.approvingDocument ? toDocumentRef(raw.approvingDocument) : null,
    progress: toProgress(raw.progress),
    files: toAttachments(raw.files, strapiUrl),
    notices: notices.map(toNoticeSummary),
    updatedAt: text(raw.updatedAt),
  };
}

export function toNoticeDetail(raw: RawNoticeDetail, strapiUrl: string): NoticeDetail {
  return {
    ...toNoticeSummary(raw),
    summary: text(raw.summary) ?? '',
    packageValue: toMoney(raw.packageValue),
    winner: text(raw.winner),
    contractValue: toMoney(raw.contractValue),
    files: toAttachments(raw.files, strapiUrl),
    updatedAt: text(raw.updatedAt),
  };
}

/* ---------- Strapi queries ---------- */

const PROJECT_FIELDS = [
  'name',
  'slug',
  'investor',
  'totalCapital',
  'capitalSource',
  'location',
  'startYear',
  'endYear',
  'projectStatus',
  'updatedAt',
];
const NOTICE_FIELDS = ['title', 'slug', 'noticeKind', 'noticeDate', 'closingDate', 'packageName', 'updatedAt'];
const NOTICE_SORT = ['noticeDate:desc', 'id:desc'];

/** A commune has a handful of projects: one read of up to 100, the current ones first. */
export function projectListQuery(commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: PROJECT_FIELDS,
    populate: { progress: true },
    sort: ['startYear:desc', 'name:asc', 'id:desc'],
    pagination: { page: 1, pageSize: 100 },
  };
}

export function noticeListQuery(commune: StrapiQuery, pageSize: number, project?: string): StrapiQuery {
  return {
    filters: { ...commune, ...(project ? { project: { documentId: { $eq: project } } } : {}) },
    fields: NOTICE_FIELDS,
    populate: { project: { fields: ['name', 'slug'] } },
    sort: NOTICE_SORT,
    pagination: { page: 1, pageSize },
  };
}

const byAddress = (slugOrId: string) => ({ $or: [{ slug: { $eq: slugOrId } }, { documentId: { $eq: slugOrId } }] });

export function projectDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, ...byAddress(slugOrId) },
    fields: [...PROJECT_FIELDS, 'summary'],
    populate: {
      progress: true,
      approvingDocument: { fields: [...DOCUMENT_REF_FIELDS] },
      files: { fields: [...ATTACHMENT_FIELDS] },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}

export function noticeDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, ...byAddress(slugOrId) },
    fields: [...NOTICE_FIELDS, 'summary', 'packageValue', 'winner', 'contractValue'],
    populate: {
      project: { fields: ['name', 'slug'] },
      files: { fields: [...ATTACHMENT_FIELDS] },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}
