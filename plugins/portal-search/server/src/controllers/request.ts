/**
 * Reading and checking the site's search parameters. Every message is for a citizen, in
 * Vietnamese; anything malformed is a 400, never a server error or a silently ignored filter.
 */
import { errors } from '@strapi/utils';
import { LEGAL_STATUS_LABELS, SEARCH_TYPES, type DocumentFilters, type LegalStatus, type SearchType } from '../../../shared';

export type Query = Record<string, unknown>;

const MAX_QUERY = 200;

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  const one = Array.isArray(value) ? value[0] : value;
  if (one === undefined || one === null) return undefined;
  if (typeof one !== 'string') throw new errors.ValidationError(`Tham số “${name}” không hợp lệ.`);
  const trimmed = one.trim();
  return trimmed === '' ? undefined : trimmed;
}

function bounded(query: Query, name: string, max: number): string | undefined {
  const value = single(query, name);
  if (value !== undefined && value.length > max) throw new errors.ValidationError(`Nội dung tìm kiếm dài quá ${max} ký tự.`);
  return value;
}

function integer(query: Query, name: string, min: number, max: number, fallback: number): number {
  const value = single(query, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new errors.ValidationError(`Tham số “${name}” phải là số nguyên từ ${min} đến ${max}.`);
  return number;
}

function isoDate(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new errors.ValidationError(`Ngày “${value}” không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-01-31).`);
  return value;
}

export function pagingOf(query: Query): { page: number; pageSize: number } {
  return { page: integer(query, 'page', 1, 1000, 1), pageSize: integer(query, 'pageSize', 1, 50, 10) };
}

export function textOf(query: Query, required: boolean): string {
  const text = bounded(query, 'q', MAX_QUERY);
  if (required && text === undefined) throw new errors.ValidationError('Hãy nhập từ khóa cần tìm.');
  return text ?? '';
}

export function typesOf(query: Query): SearchType[] {
  const value = single(query, 'type');
  if (value === undefined) return [];
  const types = value.split(',').map((type) => type.trim());
  for (const type of types)
    if (!(SEARCH_TYPES as readonly string[]).includes(type)) throw new errors.ValidationError(`Loại nội dung “${type}” không có.`);
  return types as SearchType[];
}

export function documentFiltersOf(query: Query): DocumentFilters {
  const status = single(query, 'status');
  if (status !== undefined && !(status in LEGAL_STATUS_LABELS)) throw new errors.ValidationError('Tình trạng hiệu lực không hợp lệ.');
  const year = single(query, 'year') === undefined ? undefined : integer(query, 'year', 1945, 2100, 0);
  const from = isoDate(query, 'from');
  const to = isoDate(query, 'to');
  if (from && to && from > to) throw new errors.ValidationError('“Từ ngày” phải trước “đến ngày”.');
  return {
    documentType: bounded(query, 'documentType', 100),
    issuingBody: bounded(query, 'issuingBody', 200),
    field: bounded(query, 'field', 200),
    signer: bounded(query, 'signer', 200),
    number: bounded(query, 'number', 100),
    year,
    status: status as LegalStatus | undefined,
    from,
    to,
  };
}

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
