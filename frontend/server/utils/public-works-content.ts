/**
 * What the feeds, the sitemap and the public JSON API read of the plan, investment project and
 * bidding notice sections (the pages read through plan-content.ts and investment-content.ts).
 */
import type { StrapiQuery } from './strapi-query';
import type { RawUpload } from './public-content';

export interface RawPublicPlan {
  documentId: string;
  title: string;
  slug?: string | null;
  planKind?: string | null;
  planStatus?: string | null;
  field?: string | null;
  periodStart?: number | null;
  periodEnd?: number | null;
  summary?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  approvingDocument?: { documentId: string; numberSymbol?: string | null } | null;
  files?: RawUpload[] | null;
}

export interface RawPublicProgress {
  updateDate?: string | null;
  percentComplete?: number | null;
  disbursed?: string | number | null;
  note?: string | null;
}

export interface RawPublicProject {
  documentId: string;
  name: string;
  slug?: string | null;
  investor?: string | null;
  totalCapital?: string | number | null;
  capitalSource?: string | null;
  location?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  projectStatus?: string | null;
  summary?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  progress?: RawPublicProgress[] | null;
}

export interface RawPublicNotice {
  documentId: string;
  title: string;
  slug?: string | null;
  noticeKind?: string | null;
  packageName?: string | null;
  packageValue?: string | number | null;
  noticeDate?: string | null;
  closingDate?: string | null;
  winner?: string | null;
  contractValue?: string | number | null;
  summary?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  project?: { documentId: string; name?: string | null; slug?: string | null } | null;
  files?: RawUpload[] | null;
}

const FILE_FIELDS = { fields: ['name', 'url', 'mime', 'size'] } as const;

export const PLAN_LIST_QUERY = {
  fields: ['title', 'slug', 'planKind', 'planStatus', 'field', 'periodStart', 'periodEnd', 'summary', 'publishedAt', 'updatedAt'],
  populate: { approvingDocument: { fields: ['numberSymbol'] }, files: FILE_FIELDS },
  sort: ['publishedAt:desc', 'id:desc'],
} as const satisfies StrapiQuery;

export const PROJECT_LIST_QUERY = {
  fields: [
    'name',
    'slug',
    'investor',
    'totalCapital',
    'capitalSource',
    'location',
    'startYear',
    'endYear',
    'projectStatus',
    'summary',
    'publishedAt',
    'updatedAt',
  ],
  populate: { progress: true },
  sort: ['startYear:desc', 'name:asc', 'id:desc'],
} as const satisfies StrapiQuery;

export const NOTICE_LIST_QUERY = {
  fields: [
    'title',
    'slug',
    'noticeKind',
    'packageName',
    'packageValue',
    'noticeDate',
    'closingDate',
    'winner',
    'contractValue',
    'summary',
    'publishedAt',
    'updatedAt',
  ],
  populate: { project: { fields: ['name', 'slug'] }, files: FILE_FIELDS },
  sort: ['noticeDate:desc', 'publishedAt:desc', 'id:desc'],
} as const satisfies StrapiQuery;
