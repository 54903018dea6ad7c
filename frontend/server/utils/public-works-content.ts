/**
 * What the feeds, the sitemap and the public JSON API read of the plan, investment project and
 * bidding notice sections (the pages read through plan-content.ts and investment-content.ts).
 */
import type { StrapiQuery } from './strapi-query';
import type { RawUpload } from './public-content';
import type { Populated, Present } from '../types/strapi-answer';
import type {
  BiddingNoticeAnswer,
  DocumentAnswer,
  InvestmentProgressUpdateComponent,
  InvestmentProjectAnswer,
  PlanAnswer,
} from '../types/strapi-answers.generated';

export type RawPublicPlan = Pick<
  PlanAnswer,
  'documentId' | 'slug' | 'planKind' | 'planStatus' | 'field' | 'periodStart' | 'periodEnd' | 'summary' | 'publishedAt' | 'updatedAt'
> &
  Present<PlanAnswer, 'title'> &
  Populated<PlanAnswer, 'approvingDocument', Pick<DocumentAnswer, 'documentId' | 'numberSymbol'>> &
  Populated<PlanAnswer, 'files', RawUpload>;

export type RawPublicProgress = Pick<InvestmentProgressUpdateComponent, 'updateDate' | 'percentComplete' | 'disbursed' | 'note'>;

export type RawPublicProject = Pick<
  InvestmentProjectAnswer,
  | 'documentId'
  | 'slug'
  | 'investor'
  | 'totalCapital'
  | 'capitalSource'
  | 'location'
  | 'startYear'
  | 'endYear'
  | 'projectStatus'
  | 'summary'
  | 'publishedAt'
  | 'updatedAt'
> &
  Present<InvestmentProjectAnswer, 'name'> &
  Populated<InvestmentProjectAnswer, 'progress', RawPublicProgress>;

export type RawPublicNotice = Pick<
  BiddingNoticeAnswer,
  | 'documentId'
  | 'slug'
  | 'noticeKind'
  | 'packageName'
  | 'packageValue'
  | 'noticeDate'
  | 'closingDate'
  | 'winner'
  | 'contractValue'
  | 'summary'
  | 'publishedAt'
  | 'updatedAt'
> &
  Present<BiddingNoticeAnswer, 'title'> &
  Populated<BiddingNoticeAnswer, 'project', Pick<InvestmentProjectAnswer, 'documentId' | 'name' | 'slug'>> &
  Populated<BiddingNoticeAnswer, 'files', RawUpload>;

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
