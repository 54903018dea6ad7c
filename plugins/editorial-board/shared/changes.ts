/**
 * The change log of the types only the head and the commune admin change (leaders, contacts,
 * categories, site settings) and of the commune record (province IT): every change, and every
 * refused attempt, with who, when, from where, which commune, what and the outcome. These rows
 * have no draft, so the log is how a head answers for them; the shape is that of an audit trail
 * entry, so the platform's audit trail can take these rows in as they are.
 */

import type { TypesGovernedBy } from '@commune/commune-tenancy/shared';

/**
 * The types with a change log: the 'head-and-admin' and 'province' rows of the site governance
 * table (commune-tenancy/shared/site-governance.ts). Spelled out for the admin bundle, like
 * GOVERNED_TYPES; the compiler holds the two equal.
 */
export const LOGGED_TYPES = [
  'api::official.official',
  'api::contact.contact',
  'api::category.category',
  'api::site-setting.site-setting',
  'plugin::commune-tenancy.commune',
  'api::maintenance-window.maintenance-window',
] as const satisfies readonly TypesGovernedBy<'head-and-admin' | 'province'>[];
export type LoggedType = (typeof LOGGED_TYPES)[number];
/** Never unless a row of the table is missing above (then the line below does not compile). */
type MissingLoggedTypes = Exclude<TypesGovernedBy<'head-and-admin' | 'province'>, LoggedType>;
const _everyLoggedTypeListed: [MissingLoggedTypes] extends [never] ? true : MissingLoggedTypes = true;

export const isLoggedType = (uid: string): uid is LoggedType => (LOGGED_TYPES as readonly string[]).includes(uid);

/** The document service action: create, update, delete, clone (and whatever else was tried, refused). */
export type ChangeAction = string;

export const CHANGE_ACTION_LABELS: Record<string, string> = {
  create: 'Tạo mới',
  update: 'Sửa',
  delete: 'Xóa',
  clone: 'Nhân bản',
  publish: 'Đăng',
  unpublish: 'Gỡ xuống',
  discardDraft: 'Hủy bản nháp',
};

export type ChangeActorKind = 'user' | 'system' | 'api';

export type ChangeOutcome = 'done' | 'refused';

export const CHANGE_OUTCOME_LABELS: Record<ChangeOutcome, string> = {
  done: 'Đã lưu',
  refused: 'Bị từ chối',
};

/** One entry of `GET /editorial-board/changes`. */
export interface ChangeEntry {
  id: number;
  /** ISO date-time. */
  at: string;
  /** Who: an admin panel user, the system (the seed, provisioning, jobs), or an API client (always refused). */
  actorKind: ChangeActorKind;
  /** The admin user, with their name as it is now and their e-mail as it was then; null otherwise. */
  actor: { id: number; name: string; email: string | null } | null;
  /** The client's address as the server saw it; null for the system. */
  address: string | null;
  commune: { documentId: string; name: string } | null;
  action: ChangeAction;
  actionLabel: string;
  uid: string;
  /** The type in Vietnamese ("lãnh đạo, cán bộ"). */
  typeLabel: string;
  documentId: string | null;
  /** The row's name at the time (a leader's full name, a category's name…). */
  label: string | null;
  outcome: ChangeOutcome;
  outcomeLabel: string;
  /** Why it was refused, as the editor read it. */
  reason: string | null;
  /** The fields that changed (every filled field of a new or deleted row). */
  fields: string[];
  /** Values of the changed fields that are small enough to keep (long texts and lists are named only). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** `GET /editorial-board/changes?uid=&documentId=&commune=&page=&pageSize=`, newest first. */
export interface ChangesResponse {
  data: ChangeEntry[];
  meta: { page: number; pageSize: number; total: number };
}
