/**
 * The read API's query string, checked: anything malformed is a 400 with a Vietnamese message,
 * never a 500 and never silently ignored. Pure.
 *
 *   person=17                 an admin user's id
 *   person=nguyen@            part of an e-mail (case-insensitive)
 *   commune=<documentId>      one commune; commune=none: platform-wide rows (province IT only)
 *   action=content.publish    an action code (known or a plugin's `<plugin>.<handler>`)
 *   category=sign-in          a class of actions
 *   outcome=refused           succeeded | refused | failed
 *   from=2026-01-01&to=2026-01-31   Vietnam dates, both inclusive
 *   page=2&pageSize=50        pageSize 1–100 (default 25)
 */
import { errors } from '@strapi/utils';
import { AUDIT_CATEGORIES, AUDIT_OUTCOMES, type AuditCategory, type AuditOutcome } from '../../../shared';

export interface AuditFilters {
  person: { userId: number } | { emailPart: string } | null;
  commune: { documentId: string } | 'none' | null;
  action: string | null;
  category: AuditCategory | null;
  outcome: AuditOutcome | null;
  /** Inclusive start and exclusive end, as ISO instants. */
  from: string | null;
  until: string | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Vietnam has had no daylight saving time since 1975. */
const VIETNAM_OFFSET = '+07:00';

const single = (value: unknown, name: string): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new errors.ValidationError(`Tham số “${name}” chỉ được có một giá trị.`);
  return value.trim() === '' ? null : value.trim();
};

function dateOf(value: string | null, name: string): Date | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00${VIETNAM_OFFSET}`) : null;
  // new Date accepts 2026-02-31 as 3 March: compare the parts back to refuse it.
  const valid =
    match && date && !Number.isNaN(date.getTime()) && new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10) === value;
  if (!valid) throw new errors.ValidationError(`Ngày “${name}” không hợp lệ: hãy ghi theo dạng NNNN-TT-NN, ví dụ 2026-03-15.`);
  return date;
}

function positiveInteger(value: string | null, name: string, fallback: number, max: number): number {
  if (value === null) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new errors.ValidationError(`“${name}” phải là một số nguyên dương.`);
  const number = Number(value);
  if (number > max) throw new errors.ValidationError(`“${name}” lớn nhất là ${max}.`);
  return number;
}

export function parseFilters(query: Record<string, unknown>): AuditFilters {
  const person = single(query.person, 'person');
  const commune = single(query.commune, 'commune');
  const action = single(query.action, 'action');
  const category = single(query.category, 'category');
  const outcome = single(query.outcome, 'outcome');
  const from = dateOf(single(query.from, 'from'), 'từ ngày');
  const to = dateOf(single(query.to, 'to'), 'đến ngày');
  if (from && to && from > to) throw new errors.ValidationError('“Từ ngày” phải trước hoặc bằng “đến ngày”.');
  if (person !== null && person.length > 255) throw new errors.ValidationError('“Người thực hiện” dài quá 255 ký tự.');
  if (commune !== null && commune !== 'none' && !/^[A-Za-z0-9]{1,64}$/.test(commune))
    throw new errors.ValidationError('Xã, phường không hợp lệ.');
  if (action !== null && !/^[a-z0-9-]+(\.[A-Za-z0-9_.-]+)?$/.test(action)) throw new errors.ValidationError('Mã thao tác không hợp lệ.');
  if (category !== null && !(AUDIT_CATEGORIES as readonly string[]).includes(category))
    throw new errors.ValidationError('Nhóm thao tác không hợp lệ.');
  if (outcome !== null && !(AUDIT_OUTCOMES as readonly string[]).includes(outcome))
    throw new errors.ValidationError('Kết quả phải là succeeded, refused hoặc failed.');
  return {
    person: person === null ? null : /^\d{1,9}$/.test(person) ? { userId: Number(person) } : { emailPart: person.toLowerCase() },
    commune: commune === null ? null : commune === 'none' ? 'none' : { documentId: commune },
    action,
    category: category as AuditCategory | null,
    outcome: outcome as AuditOutcome | null,
    from: from?.toISOString() ?? null,
    until: to ? new Date(to.getTime() + 24 * 3600_000).toISOString() : null,
    page: positiveInteger(single(query.page, 'page'), 'page', 1, 1_000_000),
    pageSize: positiveInteger(single(query.pageSize, 'pageSize'), 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}
