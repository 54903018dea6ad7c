/**
 * The trail's rows: appending one (the recorder, and later the backup command), reading them with
 * filters inside a reader's scope, and the retention purge. Plain SQL on the table of
 * database/schema.ts; nothing here updates or deletes a row except through the purge function.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actionLabel, AUDIT_ACTIONS, type AuditEntry, type AuditOutcome, type KnownActionCode } from '../../../shared';
import { AUDIT_TABLE } from '../database/schema';
import type { AuditFilters } from '../reading/filters';
import type { ReadScope } from '../reading/access';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

/** One row to append. Text fields are cut to their column's sensible length here. */
export interface NewAuditEvent {
  requestId: string | null;
  actorUserId: number | null;
  actorEmail: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  communeId: number | null;
  category: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  outcome: AuditOutcome;
  httpStatus: number | null;
  method: string;
  route: string | null;
}

interface Row {
  id: string;
  occurred_at: Date;
  request_id: string | null;
  actor_user_id: number | null;
  actor_email: string | null;
  client_address: string | null;
  user_agent: string | null;
  commune_id: number | null;
  commune_name: string | null;
  category: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string | null;
  outcome: AuditOutcome;
  http_status: number | null;
  method: string;
  route: string | null;
}

const cut = (value: string | null, max: number): string | null => (value === null ? null : value.slice(0, max));

const toEntry = (row: Row): AuditEntry => ({
  id: Number(row.id),
  occurredAt: new Date(row.occurred_at).toISOString(),
  requestId: row.request_id,
  actorUserId: row.actor_user_id,
  actorEmail: row.actor_email,
  clientAddress: row.client_address,
  userAgent: row.user_agent,
  communeId: row.commune_id,
  communeName: row.commune_name,
  action: row.action,
  actionLabel: actionLabel(row.action),
  category: row.category,
  targetType: row.target_type,
  targetId: row.target_id,
  detail: row.detail,
  outcome: row.outcome,
  httpStatus: row.http_status,
  method: row.method,
  route: row.route,
});

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (character) => `\\${character}`);

const trail = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const communesTable = () => strapi.db.metadata.get(COMMUNE_UID).tableName;

  /** The commune filter's id, checked against the scope: outside it is a 403, as if it did not exist. */
  async function communeCondition(scope: ReadScope, filter: AuditFilters['commune']): Promise<number | 'none' | null> {
    if (filter === null) return null;
    if (filter === 'none') {
      if (scope.kind !== 'all') throw new errors.ForbiddenError('Chỉ quản trị tỉnh xem được nhật ký chung của nền tảng.');
      return 'none';
    }
    const found = (await knex()(communesTable()).where({ document_id: filter.documentId }).first('id')) as { id: number } | undefined;
    const allowed = found && (scope.kind === 'all' || (scope.kind === 'communes' && scope.communeIds.includes(found.id)));
    if (!allowed) {
      if (scope.kind === 'all') throw new errors.NotFoundError('Không tìm thấy xã, phường này.');
      throw new errors.ForbiddenError('Bạn chỉ xem được nhật ký của xã, phường mình quản trị.');
    }
    return found.id;
  }

  /** The filtered query, wrapped: a knex builder is thenable, and returning it from an async function would run it. */
  async function filtered(scope: ReadScope, filters: AuditFilters) {
    if (scope.kind === 'none') throw new errors.ForbiddenError('Bạn không có quyền xem nhật ký hoạt động.');
    const commune = await communeCondition(scope, filters.commune);
    const query = knex()(`${AUDIT_TABLE} as e`).leftJoin(`${communesTable()} as c`, 'c.id', 'e.commune_id');
    if (scope.kind === 'communes') query.whereIn('e.commune_id', scope.communeIds);
    if (commune === 'none') query.whereNull('e.commune_id');
    else if (commune !== null) query.where('e.commune_id', commune);
    if (filters.person && 'userId' in filters.person) query.where('e.actor_user_id', filters.person.userId);
    if (filters.person && 'emailPart' in filters.person)
      query.whereRaw("lower(e.actor_email) LIKE ? ESCAPE '\\'", [`%${escapeLike(filters.person.emailPart)}%`]);
    if (filters.action) query.where('e.action', filters.action);
    if (filters.category) query.where('e.category', filters.category);
    if (filters.outcome) query.where('e.outcome', filters.outcome);
    if (filters.from) query.where('e.occurred_at', '>=', filters.from);
    if (filters.until) query.where('e.occurred_at', '<', filters.until);
    return { query };
  }

  const COLUMNS = ['e.*', 'c.name as commune_name'];

  return {
    async append(event: NewAuditEvent): Promise<void> {
      await knex()(AUDIT_TABLE).insert({
        request_id: cut(event.requestId, 64),
        actor_user_id: event.actorUserId,
        actor_email: cut(event.actorEmail, 255),
        client_address: cut(event.clientAddress, 64),
        user_agent: cut(event.userAgent, 500),
        commune_id: event.communeId,
        category: event.category,
        action: cut(event.action, 200),
        target_type: cut(event.targetType, 200),
        target_id: cut(event.targetId, 200),
        detail: cut(event.detail, 500),
        outcome: event.outcome,
        http_status: event.httpStatus,
        method: event.method,
        route: cut(event.route, 300),
      });
    },

    /** A known action recorded by code outside a request (the backup command's hook). */
    async appendAction(code: KnownActionCode, event: Omit<NewAuditEvent, 'action' | 'category' | 'method' | 'route'>): Promise<void> {
      await this.append({ ...event, action: code, category: AUDIT_ACTIONS[code].category, method: 'SYSTEM', route: null });
    },

    async list(scope: ReadScope, filters: AuditFilters): Promise<{ entries: AuditEntry[]; total: number }> {
      const { query: base } = await filtered(scope, filters);
      const counted = (await base.clone().clearSelect().count({ total: '*' }).first()) as { total: string | number } | undefined;
      const rows = (await base
        .clone()
        .select(COLUMNS)
        .orderBy([
          { column: 'e.occurred_at', order: 'desc' },
          { column: 'e.id', order: 'desc' },
        ])
        .limit(filters.pageSize)
        .offset((filters.page - 1) * filters.pageSize)) as Row[];
      return { entries: rows.map(toEntry), total: Number(counted?.total ?? 0) };
    },

    /** Every row matching the filters, newest first, up to `limit` (plus one, to tell "too many"). */
    async rowsForExport(scope: ReadScope, filters: AuditFilters, limit: number): Promise<AuditEntry[]> {
      const { query } = await filtered(scope, filters);
      const rows = (await query
        .select(COLUMNS)
        .orderBy([
          { column: 'e.occurred_at', order: 'desc' },
          { column: 'e.id', order: 'desc' },
        ])
        .limit(limit + 1)) as Row[];
      return rows.map(toEntry);
    },

    /** Removes rows older than `keepDays` days (the database function refuses less than its minimum). */
    async purge(keepDays: number): Promise<number> {
      const result = (await knex().raw('SELECT audit_events_purge(?) AS removed', [keepDays])) as {
        rows: Array<{ removed: string | number }>;
      };
      return Number(result.rows[0]?.removed ?? 0);
    },
  };
};

export type TrailService = ReturnType<typeof trail>;
export default trail;
