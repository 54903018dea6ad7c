/**
 * What a change changed, for the change log: the fields whose content differs, and the values of
 * those that are small enough to keep (a name, a position, a phone number, a relation's
 * documentId). Long texts, components and long lists are named, not copied: the log says what
 * changed without becoming a second copy of the content. Pure, for unit tests.
 */
import { stableStringify } from '../workflow/content';

/** A text longer than this is named only. */
export const MAX_KEPT_TEXT = 300;
/** A list (relation ids, media ids) longer than this is named only. */
export const MAX_KEPT_LIST = 20;

export interface ChangeSummary {
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type Content = Record<string, unknown>;

/** Whether the log keeps the value itself: scalars, short texts, short lists of scalars. */
export function isKept(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return true;
  if (typeof value === 'string') return value.length <= MAX_KEPT_TEXT;
  if (Array.isArray(value))
    return (
      value.length <= MAX_KEPT_LIST &&
      value.every((item) => item === null || ['string', 'number'].includes(typeof item)) &&
      stableStringify(value).length <= MAX_KEPT_TEXT
    );
  return false;
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function kept(content: Content, fields: string[]): Content {
  const out: Content = {};
  for (const field of fields) if (isKept(content[field])) out[field] = content[field];
  return out;
}

/**
 * The summary of a change from `before` to `after` (null: the row did not exist, or no longer
 * does). A new or deleted row lists its filled fields; an update lists the fields that differ.
 */
export function summariseChange(before: Content | null, after: Content | null): ChangeSummary {
  if (before && after) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const fields = names.filter((name) => stableStringify(before[name] ?? null) !== stableStringify(after[name] ?? null));
    return { fields, before: kept(before, fields), after: kept(after, fields) };
  }
  const only = before ?? after;
  if (!only) return { fields: [], before: null, after: null };
  const fields = Object.keys(only)
    .filter((name) => !isEmpty(only[name]))
    .sort();
  return { fields, before: before ? kept(before, fields) : null, after: after ? kept(after, fields) : null };
}
