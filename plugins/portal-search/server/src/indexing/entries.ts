/**
 * What the index stores for each published item: its searchable text and its facets, read from
 * the live (published) row — never from a draft.
 */
import type { SearchType } from '../../../shared';
import { blocksToText } from '../engine/query-text';
import type { SearchEntry } from '../engine/types';

export const INDEXED_TYPES: Record<string, SearchType> = {
  'api::article.article': 'article',
  'api::document.document': 'document',
  'api::procedure.procedure': 'procedure',
  'api::page.page': 'page',
  'api::plan.plan': 'plan',
  'api::investment-project.investment-project': 'investment',
  'api::bidding-notice.bidding-notice': 'bidding',
  'api::budget-report.budget-report': 'budget',
  'api::statistic.statistic': 'statistic',
  'api::question-answer.question-answer': 'question',
  'api::consultation.consultation': 'consultation',
};

export const UID_OF: Record<SearchType, string> = {
  article: 'api::article.article',
  document: 'api::document.document',
  procedure: 'api::procedure.procedure',
  page: 'api::page.page',
  plan: 'api::plan.plan',
  investment: 'api::investment-project.investment-project',
  bidding: 'api::bidding-notice.bidding-notice',
  budget: 'api::budget-report.budget-report',
  statistic: 'api::statistic.statistic',
  question: 'api::question-answer.question-answer',
  consultation: 'api::consultation.consultation',
};

/** What to load with a published row to build its entry. */
export const POPULATE: Record<SearchType, Record<string, unknown>> = {
  article: { commune: { select: ['id'] } },
  document: { commune: { select: ['id'] }, files: { select: ['id', 'url', 'mime', 'size', 'name'] } },
  procedure: { commune: { select: ['id'] } },
  page: { commune: { select: ['id'] } },
  plan: { commune: { select: ['id'] }, reports: true },
  investment: { commune: { select: ['id'] }, progress: true },
  bidding: { commune: { select: ['id'] } },
  budget: { commune: { select: ['id'] }, lines: true },
  statistic: { commune: { select: ['id'] }, rows: true },
  question: { commune: { select: ['id'] } },
  consultation: { commune: { select: ['id'] } },
};

export interface MediaFile {
  id: number;
  url: string;
  mime: string | null;
  size: number | null;
  name: string | null;
}

type Row = Record<string, unknown> & { documentId: string; commune?: { id: number } | null };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const date = (value: unknown): string | null =>
  typeof value === 'string' ? value.slice(0, 10) : value instanceof Date ? value.toISOString().slice(0, 10) : null;
const timestamp = (value: unknown): string | null =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : null;
const joined = (...parts: Array<string | null>): string | null => {
  const present = parts.filter((part): part is string => part !== null && part !== '');
  return present.length > 0 ? present.join('\n') : null;
};

/** The text fields of a repeatable component's rows (implementation reports, table lines). */
function componentTexts(value: unknown, fields: readonly string[]): Array<string | null> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null ? fields.map((field) => text((item as Record<string, unknown>)[field])) : [],
  );
}

/** The PDF files attached to a document row (the ones whose text is indexed). */
export function pdfFilesOf(row: Row): MediaFile[] {
  const files = Array.isArray(row.files) ? (row.files as MediaFile[]) : [];
  return files.filter((file) => file.mime === 'application/pdf' || file.url.toLowerCase().endsWith('.pdf'));
}

/** The index entry of a published row; null when the row has no commune (never indexed unscoped). */
export function entryOf(type: SearchType, row: Row, attachmentText: string | null): SearchEntry | null {
  const communeId = row.commune?.id;
  if (typeof communeId !== 'number') return null;
  const base = {
    communeId,
    type,
    documentId: row.documentId,
    locale: typeof row.locale === 'string' ? row.locale : '',
    slug: text(row.slug),
    publishedAt: timestamp(row.publishedAt),
    attachmentText: null,
    documentType: null,
    issuingBody: null,
    field: null,
    signer: null,
    issueDate: null,
    effectiveDate: null,
    expiryDate: null,
    numberSymbol: null,
  };
  switch (type) {
    case 'article':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: text(row.summary),
        body: joined(blocksToText(row.body), text(row.authorName), text(row.tags)),
      };
    case 'page':
      return { ...base, title: text(row.title) ?? '', summary: text(row.summary), body: blocksToText(row.body) || null };
    case 'procedure':
      return {
        ...base,
        title: text(row.name) ?? '',
        numberSymbol: text(row.code),
        summary: joined(text(row.field), text(row.agency)),
        body: joined(
          blocksToText(row.howToFile),
          blocksToText(row.steps),
          blocksToText(row.dossier),
          text(row.processingTime),
          text(row.fees),
          text(row.applicants),
          text(row.result),
          text(row.legalBasisText),
        ),
        field: text(row.field),
      };
    case 'plan':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.planKind), text(row.summary)),
        body: joined(blocksToText(row.body), text(row.field), ...componentTexts(row.reports, ['title', 'summary'])),
        field: text(row.field),
      };
    case 'investment':
      return {
        ...base,
        title: text(row.name) ?? '',
        summary: text(row.summary),
        body: joined(text(row.investor), text(row.capitalSource), text(row.location), ...componentTexts(row.progress, ['note'])),
      };
    case 'bidding':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.noticeKind), text(row.summary)),
        body: joined(text(row.packageName), text(row.winner)),
        issueDate: date(row.noticeDate),
      };
    case 'budget':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.reportKind), text(row.summary)),
        body: joined(...componentTexts(row.lines, ['item', 'note'])),
        issueDate: date(row.disclosedOn),
      };
    case 'statistic':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.period), text(row.summary)),
        body: joined(text(row.field), ...componentTexts(row.rows, ['indicator'])),
        field: text(row.field),
        issueDate: date(row.publishedOn),
      };
    case 'question':
      // Initials and the tracking code stay out: the index holds no one's identity.
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.questionKind), text(row.topic)),
        body: joined(text(row.question), blocksToText(row.answer), text(row.answeredBy)),
        field: text(row.topic),
        issueDate: date(row.answeredOn) ?? date(row.askedOn),
      };
    case 'consultation':
      return {
        ...base,
        title: text(row.title) ?? '',
        summary: joined(text(row.summary), text(row.draftingAgency)),
        body: joined(blocksToText(row.body), blocksToText(row.resultSummary)),
      };
    case 'document': {
      const numberSymbol = text(row.numberSymbol);
      const documentType = text(row.documentType);
      return {
        ...base,
        // A document's "title" is its type, number and summary (trích yếu), as registers list it.
        title:
          [documentType, numberSymbol ? `số ${numberSymbol}` : null].filter(Boolean).join(' ') +
          (text(row.summary) ? `: ${text(row.summary)}` : ''),
        numberSymbol,
        summary: text(row.summary),
        body: joined(text(row.issuingBody), text(row.signer), text(row.signerPosition), text(row.field)),
        attachmentText,
        documentType,
        issuingBody: text(row.issuingBody),
        field: text(row.field),
        signer: text(row.signer),
        issueDate: date(row.issueDate),
        effectiveDate: date(row.effectiveDate),
        expiryDate: date(row.expiryDate),
      };
    }
  }
}
