/**
 * Strapi procedures → the procedure list (grouped by field, filtered) and the procedure page.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { foldVietnamese } from '../../../plugins/portal-search/shared';
import type { Block } from '#shared/types/blocks';
import type {
  OnlineLevel,
  ProcedureDetail,
  ProcedureFieldOption,
  ProcedureGroup,
  ProcedureListResponse,
  ProcedureSummary,
} from '#shared/types/procedure';
import { safeHref } from '#shared/utils/safe-url';
import { searchHitPath } from '#shared/utils/search';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import { normaliseBlocks } from './content';
import { DOCUMENT_REF_FIELDS, toDocumentRef, type RawDocumentRef } from './document-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { ProcedureAnswer } from '../types/strapi-answers.generated';

export type RawProcedureSummary = Pick<ProcedureAnswer, 'documentId' | 'code' | 'name' | 'slug' | 'field' | 'onlineLevel'>;

export type RawProcedureDetail = RawProcedureSummary &
  Pick<
    ProcedureAnswer,
    | 'agency'
    | 'howToFile'
    | 'steps'
    | 'dossier'
    | 'processingTime'
    | 'fees'
    | 'applicants'
    | 'result'
    | 'legalBasisText'
    | 'onlineServiceUrl'
  > &
  Populated<ProcedureAnswer, 'legalBasisDocuments', RawDocumentRef> &
  Populated<ProcedureAnswer, 'forms', RawUploadFile>;

/** A field shown for procedures whose field is empty (the CMS requires one, old rows may lack it). */
export const OTHER_FIELD = 'Lĩnh vực khác';

const ONLINE_LEVELS: readonly OnlineLevel[] = ['Toàn trình', 'Một phần', 'Trực tiếp'];

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Unknown values count as in person: never promise an online service that is not there. */
export function toOnlineLevel(value: string | null | undefined): OnlineLevel {
  return ONLINE_LEVELS.find((level) => level === value?.trim()) ?? 'Trực tiếp';
}

export function toProcedureSummary(raw: RawProcedureSummary): ProcedureSummary {
  return {
    documentId: raw.documentId,
    code: text(raw.code) ?? '',
    name: text(raw.name) ?? '',
    field: text(raw.field) ?? OTHER_FIELD,
    onlineLevel: toOnlineLevel(raw.onlineLevel),
    path: searchHitPath({ type: 'procedure', documentId: raw.documentId, slug: text(raw.slug), locale: 'vi' }),
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Fields in Vietnamese alphabetical order (the "other" field last), names likewise inside each. */
export function groupProceduresByField(procedures: readonly ProcedureSummary[]): ProcedureGroup[] {
  const byField = new Map<string, ProcedureSummary[]>();
  for (const procedure of procedures) {
    const group = byField.get(procedure.field) ?? [];
    group.push(procedure);
    byField.set(procedure.field, group);
  }
  return [...byField.entries()]
    .sort(([a], [b]) => (a === OTHER_FIELD ? 1 : b === OTHER_FIELD ? -1 : collator.compare(a, b)))
    .map(([field, group]) => ({
      field,
      procedures: [...group].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code)),
    }));
}

export function procedureFieldOptions(procedures: readonly ProcedureSummary[]): ProcedureFieldOption[] {
  return groupProceduresByField(procedures).map((group) => ({ name: group.field, count: group.procedures.length }));
}

/** The list's filter, as the page's form (`?linh-vuc=&q=`) and the BFF (`?field=&q=`) carry it. */
export interface ProcedureFilter {
  field: string;
  q: string;
}

const MAX_FILTER_LENGTH = 200;

function firstText(value: unknown): string {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim().slice(0, MAX_FILTER_LENGTH) : '';
}

/** The BFF's query → the filter; anything unexpected is an empty filter, never an error. */
export function parseProcedureFilter(query: Record<string, unknown>): ProcedureFilter {
  return { field: firstText(query.field), q: firstText(query.q).replace(/\s+/g, ' ') };
}

/**
 * Every word of `q` must appear in the procedure's code, name or field, accents and case
 * ignored (`khai sinh`, `ket hon`, `1.001193` all find theirs). `field` is an exact choice
 * from the select.
 */
export function filterProcedures(procedures: readonly ProcedureSummary[], filter: ProcedureFilter): ProcedureSummary[] {
  const words = foldVietnamese(filter.q)
    .split(' ')
    .filter((word) => word !== '');
  return procedures.filter((procedure) => {
    if (filter.field !== '' && procedure.field !== filter.field) return false;
    if (words.length === 0) return true;
    const haystack = foldVietnamese(`${procedure.code} ${procedure.name} ${procedure.field}`);
    return words.every((word) => haystack.includes(word));
  });
}

export function toProcedureList(raw: readonly RawProcedureSummary[], filter: ProcedureFilter): ProcedureListResponse {
  const all = raw.map(toProcedureSummary).filter((procedure) => procedure.name !== '');
  const matching = filterProcedures(all, filter);
  return {
    fields: procedureFieldOptions(all),
    groups: groupProceduresByField(matching),
    total: all.length,
    matched: matching.length,
  };
}

/**
 * The procedure's rich text sits under the page's own h2 sections ("Trình tự thực hiện"), so
 * the editor's headings ("Bước 1. Nộp hồ sơ", written as h2) become h3 and below.
 */
export function nestBlocks(blocks: Block[]): Block[] {
  return blocks.map((block) => (block.type === 'heading' && block.level < 3 ? { ...block, level: 3 } : block));
}

/** The online service's address, only if it is a plain http(s) link. */
export function onlineServiceHref(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href && /^https?:\/\/[^\s/]+/i.test(href) ? href : null;
}

export function toProcedureDetail(raw: RawProcedureDetail, strapiUrl: string): ProcedureDetail {
  return {
    ...toProcedureSummary(raw),
    agency: text(raw.agency),
    howToFile: nestBlocks(normaliseBlocks(raw.howToFile, strapiUrl)),
    steps: nestBlocks(normaliseBlocks(raw.steps, strapiUrl)),
    dossier: nestBlocks(normaliseBlocks(raw.dossier, strapiUrl)),
    processingTime: text(raw.processingTime),
    fees: text(raw.fees),
    applicants: text(raw.applicants),
    result: text(raw.result),
    legalBasisDocuments: (raw.legalBasisDocuments ?? []).filter((document) => document !== null).map(toDocumentRef),
    legalBasisText: text(raw.legalBasisText),
    forms: toAttachments(raw.forms, strapiUrl),
    onlineServiceUrl: onlineServiceHref(raw.onlineServiceUrl),
  };
}

/* ---------- Strapi queries ---------- */

/** Strapi's largest page: the list reads the commune's procedures in pages of this size. */
export const PROCEDURE_PAGE_SIZE = 100;

/** One page of the commune's procedures, only what the list shows. */
export function procedureListQuery(page: number, commune: StrapiQuery): StrapiQuery {
  return {
    filters: commune,
    fields: ['code', 'name', 'slug', 'field', 'onlineLevel'],
    sort: ['code:asc', 'id:asc'],
    pagination: { page, pageSize: PROCEDURE_PAGE_SIZE },
  };
}

/**
 * One procedure by its address: its slug, or its documentId (the address searchHitPath gives a
 * procedure without a slug; the page names its canonical address).
 */
export function procedureDetailQuery(slugOrId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: {
      ...commune,
      $or: [{ slug: { $eq: slugOrId } }, { documentId: { $eq: slugOrId } }],
    },
    populate: {
      legalBasisDocuments: { fields: [...DOCUMENT_REF_FIELDS], sort: ['issueDate:desc'] },
      forms: { fields: [...ATTACHMENT_FIELDS] },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}
