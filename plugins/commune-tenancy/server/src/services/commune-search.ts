/**
 * Province IT's communes list query: the words of `q` (folded, as the SQL side folds with
 * unaccent and lower) and the page, read from the request with clear refusals.
 */
import { errors } from '@strapi/utils';
import { ADMIN_COMMUNES_MAX_PAGE_SIZE, ADMIN_COMMUNES_PAGE_SIZE, type AdminCommuneQuery } from '../../../shared';

const MAX_QUERY_LENGTH = 100;

/** Lower case, accents and đ folded, split on spaces; LIKE's wildcards are taken literally. */
export function foldForSearch(q: string): string[] {
  return q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`));
}

const positiveInteger = (value: unknown, fallback: number, name: string, max: number): number => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1 || number > max)
    throw new errors.ValidationError(`${name} must be a whole number from 1 to ${max}`);
  return number;
};

/** The list query from `?page=&pageSize=&q=&status=`; defaults: the first page of 50, every commune. */
export function readAdminCommuneQuery(query: Record<string, unknown>): AdminCommuneQuery {
  const q = typeof query.q === 'string' ? query.q.trim() : '';
  if (q.length > MAX_QUERY_LENGTH) throw new errors.ValidationError(`q must be at most ${MAX_QUERY_LENGTH} characters`);
  const status = query.status === undefined || query.status === '' ? null : query.status;
  if (status !== null && status !== 'active' && status !== 'suspended')
    throw new errors.ValidationError('status must be "active" or "suspended"');
  return {
    page: positiveInteger(query.page, 1, 'page', 100_000),
    pageSize: positiveInteger(query.pageSize, ADMIN_COMMUNES_PAGE_SIZE, 'pageSize', ADMIN_COMMUNES_MAX_PAGE_SIZE),
    q,
    status,
  };
}
