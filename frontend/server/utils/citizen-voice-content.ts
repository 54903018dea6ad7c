/**
 * Strapi's published questions and answers (api::question-answer) and consultations
 * (api::consultation) → the pages' shapes. Only public fields are read: the tracking code is
 * private in Strapi and never asked for here.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { ConsultationDetail, ConsultationSummary, QuestionAnswerDetail, QuestionAnswerSummary } from '#shared/types/citizen-voice';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { normaliseBlocks } from './content';
import { DOCUMENT_REF_FIELDS, toDocumentRef, type RawDocumentRef } from './document-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { ConsultationAnswer, QuestionAnswerAnswer } from '../types/strapi-answers.generated';

export const QUESTION_PAGE_SIZE = 20;
/** The consultations of a commune are few (a handful a year): one list, sorted on the site. */
export const CONSULTATION_LIST_SIZE = 100;

export type RawQuestionAnswer = Pick<
  QuestionAnswerAnswer,
  | 'documentId'
  | 'title'
  | 'slug'
  | 'questionKind'
  | 'topic'
  | 'question'
  | 'askerInitials'
  | 'askedOn'
  | 'answer'
  | 'answeredOn'
  | 'answeredBy'
> &
  Populated<QuestionAnswerAnswer, 'relatedDocuments', RawDocumentRef>;

export type RawConsultation = Pick<
  ConsultationAnswer,
  | 'documentId'
  | 'title'
  | 'slug'
  | 'draftingAgency'
  | 'summary'
  | 'body'
  | 'opensAt'
  | 'closesAt'
  | 'commentVisibility'
  | 'resultSummary'
  | 'resultPublishedOn'
> &
  Populated<ConsultationAnswer, 'files' | 'resultFiles', RawUploadFile> &
  Populated<ConsultationAnswer, 'adoptedDocument', RawDocumentRef>;

/** The public fields of a question; never `trackingCode`. */
export const QUESTION_SUMMARY_FIELDS = ['title', 'slug', 'questionKind', 'topic', 'askerInitials', 'askedOn', 'answeredOn'] as const;
export const QUESTION_DETAIL_FIELDS = [...QUESTION_SUMMARY_FIELDS, 'question', 'answer', 'answeredBy'] as const;
export const CONSULTATION_SUMMARY_FIELDS = ['title', 'slug', 'draftingAgency', 'summary', 'opensAt', 'closesAt'] as const;

export const questionPath = (raw: Pick<RawQuestionAnswer, 'documentId' | 'slug'>): string =>
  `/hoi-dap/${encodeURIComponent(raw.slug || raw.documentId)}`;
export const consultationPath = (raw: Pick<RawConsultation, 'documentId' | 'slug'>): string =>
  `/lay-y-kien/${encodeURIComponent(raw.slug || raw.documentId)}`;

const text = (value: string | null | undefined): string => value?.trim() ?? '';

export function toQuestionSummary(raw: RawQuestionAnswer): QuestionAnswerSummary {
  return {
    documentId: raw.documentId,
    path: questionPath(raw),
    title: text(raw.title),
    kind: text(raw.questionKind),
    topic: text(raw.topic),
    askerInitials: text(raw.askerInitials) || 'Ẩn danh',
    askedOn: raw.askedOn ?? null,
    answeredOn: raw.answeredOn ?? null,
  };
}

export function toQuestionDetail(raw: RawQuestionAnswer, strapiUrl: string): QuestionAnswerDetail {
  return {
    ...toQuestionSummary(raw),
    question: text(raw.question),
    answer: normaliseBlocks(raw.answer, strapiUrl),
    answeredBy: text(raw.answeredBy) || null,
    relatedDocuments: (raw.relatedDocuments ?? []).filter((document) => document !== null).map(toDocumentRef),
  };
}

/** The list's query: newest answers first, optionally one topic. */
export function questionListQuery(filter: { topic: string | null; page: number }, commune: StrapiQuery): StrapiQuery {
  const filters: StrapiQuery = { ...commune, ...(filter.topic ? { topic: { $eq: filter.topic } } : {}) };
  return {
    filters,
    fields: [...QUESTION_SUMMARY_FIELDS],
    sort: ['answeredOn:desc', 'askedOn:desc', 'id:desc'],
    pagination: { page: filter.page, pageSize: QUESTION_PAGE_SIZE },
  };
}

export const QUESTION_DETAIL_POPULATE = { relatedDocuments: { fields: [...DOCUMENT_REF_FIELDS] } };

export function toConsultationSummary(raw: RawConsultation): ConsultationSummary | null {
  if (!raw.opensAt || !raw.closesAt) return null;
  return {
    documentId: raw.documentId,
    path: consultationPath(raw),
    title: text(raw.title),
    draftingAgency: text(raw.draftingAgency),
    summary: text(raw.summary),
    opensAt: raw.opensAt,
    closesAt: raw.closesAt,
  };
}

export const CONSULTATION_DETAIL_POPULATE = {
  files: { fields: [...ATTACHMENT_FIELDS] },
  resultFiles: { fields: [...ATTACHMENT_FIELDS] },
  adoptedDocument: { fields: [...DOCUMENT_REF_FIELDS] },
};

/** Comments are shown (once approved) unless the consultation says "Không công khai". */
export const COMMENTS_HIDDEN = 'Không công khai';

export function toConsultationDetail(raw: RawConsultation, strapiUrl: string): ConsultationDetail | null {
  const summary = toConsultationSummary(raw);
  if (!summary) return null;
  return {
    ...summary,
    body: normaliseBlocks(raw.body, strapiUrl),
    files: toAttachments(raw.files, strapiUrl),
    showsComments: raw.commentVisibility !== COMMENTS_HIDDEN,
    resultSummary: normaliseBlocks(raw.resultSummary, strapiUrl),
    resultFiles: toAttachments(raw.resultFiles, strapiUrl),
    resultPublishedOn: raw.resultPublishedOn ?? null,
    adoptedDocument: raw.adoptedDocument ? toDocumentRef(raw.adoptedDocument) : null,
  };
}

/** By slug or documentId, within the commune's filter. */
export function entryByKeyQuery(key: string, commune: StrapiQuery, fields: readonly string[], populate: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, $or: [{ slug: { $eq: key } }, { documentId: { $eq: key } }] },
    fields: [...fields],
    populate,
    pagination: { page: 1, pageSize: 1 },
  };
}

/** A plugin route's answer, bare or wrapped in `{ data }` as Strapi's content API wraps it. */
export function unwrapData<T>(body: T | { data: T }): T {
  return typeof body === 'object' && body !== null && 'data' in body ? body.data : body;
}
