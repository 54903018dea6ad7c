/**
 * Typesense `filter_by` expressions. Every one starts with the trusted commune, and every value
 * goes through a check: numbers must be integers, strings are backtick-quoted string literals in
 * a list (`field:=[`value`]`, the form Typesense documents for literals) and are refused when they
 * could end that literal or change its meaning. Nothing a citizen types can add a condition.
 */
import { errors } from '@strapi/utils';
import { numberKey, SEARCH_TYPES, type DocumentFilters, type LegalStatus, type SearchType } from '../../../../shared';
import type { EntryKey } from '../types';
import { numberHead } from '../query-intent';
import { dayNumber, documentId, numberKeyToken } from './schema';

/** The condition every query and deletion carries: one commune, from a number the plugin trusts. */
export function communeFilter(communeId: number): string {
  if (!Number.isSafeInteger(communeId) || communeId <= 0) throw new Error(`[portal-search] invalid commune id ${String(communeId)}`);
  return `commune_id:=${communeId}`;
}

/**
 * A string literal for a filter. A backtick would end the literal, and a trailing `*` turns a
 * value into a prefix match; neither occurs in real facet values, so they are refused (a 400 for
 * the citizen) rather than escaped, which Typesense's filter syntax has no way to do.
 */
export function literal(value: string): string {
  if (value.includes('`') || value.trimEnd().endsWith('*') || value.trim() === '') {
    throw new errors.ValidationError(`Giá trị lọc “${value}” không hợp lệ.`);
  }
  return `\`${value}\``;
}

/** `field:=[`a`,`b`]`: the field equals one of the values exactly. */
export function oneOf(field: string, values: readonly string[]): string {
  if (!/^[a-z_]+$/.test(field)) throw new Error(`[portal-search] invalid filter field ${field}`);
  return `${field}:=[${values.map(literal).join(',')}]`;
}

function integer(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new errors.ValidationError(`${what} không hợp lệ.`);
  return value;
}

function day(value: string, what: string): number {
  const number = dayNumber(value);
  if (number === null) throw new errors.ValidationError(`${what} “${value}” không hợp lệ.`);
  return number;
}

export function typesFilter(types: readonly SearchType[]): string {
  const wanted = types.length > 0 ? types : SEARCH_TYPES;
  for (const type of wanted) if (!SEARCH_TYPES.includes(type)) throw new errors.ValidationError(`Loại nội dung “${type}” không có.`);
  return oneOf('type', wanted);
}

/**
 * A legal status on `today` as range filters on day numbers, the rule of
 * cms/src/domain/document-rules.ts `legalStatus`: expired when the expiry date is on or before
 * today; otherwise not yet in force when it comes into force (effective, else issue date) after
 * today; otherwise in force. Missing dates are stored as far-off days (see schema.ts).
 */
export function statusFilter(status: LegalStatus, today: string): string {
  const todayDay = day(today, 'Ngày hôm nay');
  switch (status) {
    case 'expired':
      return `expiry_date:<=${todayDay}`;
    case 'not_yet_in_force':
      return `expiry_date:>${todayDay} && effective_date:>${todayDay}`;
    case 'in_force':
      return `expiry_date:>${todayDay} && effective_date:<=${todayDay}`;
    default:
      throw new errors.ValidationError('Tình trạng hiệu lực không hợp lệ.');
  }
}

/** The conditions of a document search after the commune's (PostgreSQL applies the same ones). */
export function documentFilterParts(filters: DocumentFilters, today: string): string[] {
  const parts = [oneOf('type', ['document'])];
  if (filters.documentType) parts.push(oneOf('document_type', [filters.documentType]));
  if (filters.issuingBody) parts.push(oneOf('issuing_body', [filters.issuingBody]));
  if (filters.field) parts.push(oneOf('field', [filters.field]));
  if (filters.signer) parts.push(oneOf('signer', [filters.signer]));
  if (filters.year !== undefined) parts.push(`issue_year:=${integer(filters.year, 'Năm ban hành')}`);
  if (filters.from) parts.push(`issue_date:>=${day(filters.from, 'Từ ngày')}`);
  if (filters.to) parts.push(`issue_date:<=${day(filters.to, 'Đến ngày')}`);
  if (filters.status) parts.push(statusFilter(filters.status, today));
  if (filters.number) {
    if (numberKey(filters.number) === '') throw new errors.ValidationError('Số, ký hiệu không hợp lệ.');
    // A number alone ('120') finds the documents with that number, whatever their symbol (as PostgreSQL).
    if (/^\s*[0-9]+\s*$/.test(filters.number)) parts.push(oneOf('number_head', [numberHead(filters.number) ?? filters.number.trim()]));
    else parts.push(oneOf('number_key', [numberKeyToken(filters.number)]));
  }
  return parts;
}

/** Joins conditions; each status filter is a conjunction already, so no parentheses are needed. */
export function allOf(parts: readonly string[]): string {
  return parts.join(' && ');
}

/** Which documents to delete for one removed item: always within the commune that asked. */
export function removeFilter(communeId: number, key: EntryKey): string {
  const parts = [communeFilter(communeId), oneOf('type', [key.type]), oneOf('document_id', [key.documentId])];
  // The id carries the locale, which may be empty (no i18n): an empty value cannot be filtered on.
  if (key.locale !== undefined)
    parts.push(`id:=[${literal(documentId({ type: key.type, documentId: key.documentId, locale: key.locale }))}]`);
  return allOf(parts);
}
