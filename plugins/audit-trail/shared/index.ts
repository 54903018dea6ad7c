/**
 * The audit trail's contract: what a row says, the read API's query and answers, shared by the
 * server, the admin page and the tests.
 */
export * from './actions';

/**
 * What only another plugin knows about a request, left on `ctx.state[AUDIT_FACTS_STATE]` for the
 * recorder: the account a sign-in step was about before anyone is signed in (plugins/account-security
 * from the password check, plugins/two-factor from the challenge, so wrong codes are recorded
 * against the account, not only an address), and whether this failure locked the account.
 */
export const AUDIT_FACTS_STATE = 'auditFacts';
export interface AuditFacts {
  subjectUserId?: number;
  accountLocked?: boolean;
}

/** Adds facts to a request's state (a Koa `ctx.state`), keeping those already there. */
export function noteAuditFacts(state: Record<string, unknown> | undefined, facts: AuditFacts): void {
  if (!state) return;
  state[AUDIT_FACTS_STATE] = { ...(state[AUDIT_FACTS_STATE] as AuditFacts | undefined), ...facts };
}

export const AUDIT_OUTCOMES = ['succeeded', 'refused', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  succeeded: 'Thành công',
  refused: 'Bị từ chối',
  failed: 'Lỗi',
};

/** Succeeded below 400, refused for the client's errors (400–499), failed for the server's. */
export function outcomeOf(status: number): AuditOutcome {
  if (status < 400) return 'succeeded';
  return status < 500 ? 'refused' : 'failed';
}

/** One row of the trail, as the read API answers it. */
export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  occurredAt: string;
  requestId: string | null;
  actorUserId: number | null;
  /** The e-mail at the time (for a failed sign-in: the address that was tried). */
  actorEmail: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  communeId: number | null;
  communeName: string | null;
  action: string;
  actionLabel: string;
  category: string;
  targetType: string | null;
  targetId: string | null;
  /** A short, non-secret detail (the board step taken, the number of items of a bulk action). */
  detail: string | null;
  outcome: AuditOutcome;
  httpStatus: number | null;
  method: string;
  route: string | null;
}

export interface AuditListResponse {
  data: AuditEntry[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

/** What the signed-in user may read: every commune, some, or nothing. */
export interface AuditAccessResponse {
  data: {
    scope: 'all' | 'communes' | 'none';
    communes: Array<{ id: number; documentId: string; name: string }>;
    actions: Array<{ code: string; label: string; category: string }>;
  };
}

/**
 * Query of `GET /audit-trail/entries` and its export (all optional): `person` (an admin user id,
 * or part of an e-mail), `commune` (a commune's documentId, or `none` for platform-wide rows),
 * `action` (a code), `category`, `outcome`, `from` / `to` (YYYY-MM-DD, Vietnam time, inclusive),
 * `page`, `pageSize` (≤ 100).
 */
export const AUDIT_QUERY_KEYS = ['person', 'commune', 'action', 'category', 'outcome', 'from', 'to', 'page', 'pageSize'] as const;

export const AUDIT_EXPORT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const AUDIT_EXPORT_SHEET = 'Nhật ký hoạt động';
/** The export's columns, in order (row 1 of the sheet). */
export const AUDIT_EXPORT_COLUMNS = [
  'Thời gian',
  'Người thực hiện',
  'Mã tài khoản',
  'Địa chỉ IP',
  'Trình duyệt',
  'Xã, phường',
  'Thao tác',
  'Mã thao tác',
  'Đối tượng',
  'Mã đối tượng',
  'Chi tiết',
  'Kết quả',
  'Mã HTTP',
] as const;
/** An export holds at most this many rows; more is a 400 asking to narrow the filter. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
