/**
 * The change log of the rows that reach the public site without the board (the head-and-admin
 * types and the commune record, see commune-tenancy/shared/site-governance.ts): writing an entry,
 * the snapshots entries are computed from, and reading the log with commune scoping.
 *
 * Append-only (the plugin's bootstrap refuses updates and deletes of its rows). Who may read:
 * the head of the board and the commune admin, for their communes; province IT, for every commune.
 * Everyone else is refused; a commune the reader does not belong to is "not found".
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMUNE_UID, governanceOf, isSiteType, MEMBERSHIP_UID, SITE_GOVERNANCE } from '@commune/commune-tenancy/shared';
import {
  CHANGE_ACTION_LABELS,
  CHANGE_OUTCOME_LABELS,
  type ChangeActorKind,
  type ChangeEntry,
  type ChangeOutcome,
  type ChangesResponse,
} from '../../../shared';
import { summariseChange } from '../governance/summary';
import { canonicalContent, deepPopulate, type GetModel, type ModelLike } from '../workflow/content';

export const CHANGE_UID = 'plugin::editorial-board.change';
const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Keys of a payload that are not content: the commune (the tenancy guard's), Strapi's own. */
export const NOT_CONTENT = new Set([
  'commune',
  'id',
  'documentId',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
]);

/** The fields that name a row, in the order they are tried. */
const LABEL_FIELDS = ['fullName', 'unitName', 'name', 'siteTitle', 'title'];

export interface Snapshot {
  content: Record<string, unknown>;
  label: string | null;
  /** The commune the row belongs to (the commune record: itself). */
  communeId: number | null;
}

export interface ChangeActor {
  kind: ChangeActorKind;
  userId: number | null;
  email: string | null;
  address: string | null;
}

export interface ChangeRecord {
  actor: ChangeActor;
  action: string;
  uid: string;
  documentId: string | null;
  communeId: number | null;
  outcome: ChangeOutcome;
  reason?: string;
  before: Snapshot | null;
  after: Snapshot | null;
  /** For a refused attempt: the fields it tried to set. */
  attempted?: string[];
}

export interface ChangesQuery {
  uid?: unknown;
  documentId?: unknown;
  commune?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

interface ChangeRow {
  id: number;
  createdAt: string;
  actorKind: ChangeActorKind;
  actorUserId: number | null;
  actorEmail: string | null;
  address: string | null;
  communeId: number | null;
  action: string;
  targetUid: string;
  targetDocumentId: string | null;
  targetLabel: string | null;
  outcome: ChangeOutcome;
  reason: string | null;
  fields: string[] | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function positiveInt(raw: unknown, fallback: number, max: number, field: string): number {
  const value = single(raw);
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1 || number > max)
    throw new errors.ValidationError(`Tham số ${field} phải là một số nguyên từ 1 đến ${max}.`);
  return number;
}

function optionalText(raw: unknown, field: string): string | undefined {
  const value = single(raw);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 64) throw new errors.ValidationError(`Tham số ${field} không hợp lệ.`);
  return value;
}

const changeLog = ({ strapi }: { strapi: Core.Strapi }) => {
  const getModel: GetModel = (uid) => strapi.getModel(uid as UID.Schema) as unknown as ModelLike | undefined;
  const query = (uid: string) => strapi.db.query(uid as UID.Schema);

  /** Who may read which communes' entries: every commune, or the ones they head or administer. */
  async function readableCommunes(userId: number): Promise<'all' | number[]> {
    const user = (await query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } })) as {
      roles?: Array<{ code: string }>;
    } | null;
    if ((user?.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE)) return 'all';
    const memberships = (await query(MEMBERSHIP_UID).findMany({
      where: { adminUserId: userId, commune: { siteStatus: 'active' }, $or: [{ boardRole: 'head' }, { isCommuneAdmin: true }] },
      populate: { commune: { select: ['id'] } },
    })) as Array<{ commune: { id: number } | null }>;
    const ids = [...new Set(memberships.flatMap((membership) => (membership.commune ? [membership.commune.id] : [])))];
    // A PolicyError (a 403) carries its message to the client; Strapi answers a bare ForbiddenError with "Forbidden".
    if (ids.length === 0)
      throw new errors.PolicyError('Chỉ Trưởng ban biên tập, Quản trị xã và cán bộ quản trị của tỉnh được xem nhật ký thay đổi.');
    return ids;
  }

  async function toEntries(rows: ChangeRow[]): Promise<ChangeEntry[]> {
    const userIds = [...new Set(rows.flatMap((row) => (row.actorUserId !== null ? [row.actorUserId] : [])))];
    const communeIds = [...new Set(rows.flatMap((row) => (row.communeId !== null ? [row.communeId] : [])))];
    const users = userIds.length
      ? ((await query('admin::user').findMany({
          where: { id: { $in: userIds } },
          select: ['id', 'firstname', 'lastname', 'email'],
        })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string }>)
      : [];
    const communes = communeIds.length
      ? ((await query(COMMUNE_UID).findMany({ where: { id: { $in: communeIds } }, select: ['id', 'documentId', 'name'] })) as Array<{
          id: number;
          documentId: string;
          name: string;
        }>)
      : [];
    const userById = new Map(users.map((user) => [user.id, user]));
    const communeById = new Map(communes.map((commune) => [commune.id, commune]));
    return rows.map((row) => {
      const user = row.actorUserId !== null ? userById.get(row.actorUserId) : undefined;
      const name = user
        ? [user.lastname, user.firstname].filter(Boolean).join(' ') || user.email
        : (row.actorEmail ?? `#${row.actorUserId}`);
      const commune = row.communeId !== null ? communeById.get(row.communeId) : undefined;
      return {
        id: row.id,
        at: new Date(row.createdAt).toISOString(),
        actorKind: row.actorKind,
        actor: row.actorUserId !== null ? { id: row.actorUserId, name, email: row.actorEmail } : null,
        address: row.address,
        commune: commune ? { documentId: commune.documentId, name: commune.name } : null,
        action: row.action,
        actionLabel: CHANGE_ACTION_LABELS[row.action] ?? row.action,
        uid: row.targetUid,
        typeLabel: isSiteType(row.targetUid) ? SITE_GOVERNANCE[row.targetUid].label : row.targetUid,
        documentId: row.targetDocumentId,
        label: row.targetLabel,
        outcome: row.outcome,
        outcomeLabel: CHANGE_OUTCOME_LABELS[row.outcome] ?? row.outcome,
        reason: row.reason,
        fields: row.fields ?? [],
        before: row.before,
        after: row.after,
      };
    });
  }

  return {
    /** The row as the log compares it (every field, relations by documentId), or null when it does not exist. */
    async snapshot(uid: string, documentId: string): Promise<Snapshot | null> {
      const model = getModel(uid);
      if (!model) return null;
      const hasCommune = model.attributes.commune?.target === COMMUNE_UID;
      const row = (await query(uid).findOne({
        where: { documentId },
        populate: { ...deepPopulate(model, getModel), ...(hasCommune ? { commune: { select: ['id'] } } : {}) },
      })) as (Record<string, unknown> & { id: number; commune?: { id: number } | null }) | null;
      if (!row) return null;
      const label =
        LABEL_FIELDS.map((field) => row[field]).find((value): value is string => typeof value === 'string' && value !== '') ?? null;
      return {
        content: canonicalContent(row, model, getModel),
        label: label?.slice(0, 250) ?? null,
        communeId: uid === COMMUNE_UID ? row.id : (row.commune?.id ?? null),
      };
    },

    /**
     * A new row as it was written, from the create's data (after every middleware had its say:
     * the commune stamped, the slug made): no second read of what was just written, so imports of
     * hundreds of rows (provisioning, the seed) cost one insert more per row. Relations and
     * components are named, not resolved.
     */
    written(
      uid: string,
      data: Record<string, unknown> | undefined,
      created: { id?: unknown } | null,
      communeId: number | null,
    ): Snapshot | null {
      const model = getModel(uid);
      if (!model || !created) return null;
      const content: Record<string, unknown> = {};
      for (const name of Object.keys(model.attributes).sort()) {
        if (!NOT_CONTENT.has(name) && data?.[name] !== undefined) content[name] = data[name];
      }
      const label =
        LABEL_FIELDS.map((field) => content[field]).find((value): value is string => typeof value === 'string' && value !== '') ?? null;
      return {
        content,
        label: label?.slice(0, 250) ?? null,
        communeId: uid === COMMUNE_UID && typeof created.id === 'number' ? created.id : communeId,
      };
    },

    /**
     * Appends one entry (inside the caller's transaction, when there is one). A save that changed
     * nothing (every field as it was) is not a change and leaves no entry.
     */
    async record(change: ChangeRecord): Promise<void> {
      const summary = summariseChange(change.before?.content ?? null, change.after?.content ?? null);
      if (change.outcome === 'done' && change.before && change.after && summary.fields.length === 0) return;
      await query(CHANGE_UID).create({
        data: {
          actorKind: change.actor.kind,
          actorUserId: change.actor.userId,
          actorEmail: change.actor.email?.slice(0, 250) ?? null,
          address: change.actor.address?.slice(0, 250) ?? null,
          communeId: change.communeId,
          action: change.action,
          targetUid: change.uid,
          targetDocumentId: change.documentId,
          targetLabel: change.after?.label ?? change.before?.label ?? null,
          outcome: change.outcome,
          reason: change.reason ?? null,
          fields: change.attempted ?? summary.fields,
          before: summary.before,
          after: summary.after,
        },
      });
    },

    /**
     * Logs a refused attempt. Never throws: a failure to log must not turn the refusal into a
     * server error. Inside a transaction that the refusal rolls back (a bulk delete), the entry
     * goes with it; the server log keeps the line.
     */
    async recordRefusal(refusal: {
      actor: ChangeActor;
      action: string;
      uid: string;
      documentId: string | null;
      communeId: number | null;
      reason: string;
      attempted: string[];
    }): Promise<void> {
      const who = refusal.actor.userId !== null ? `user #${refusal.actor.userId}` : refusal.actor.kind;
      strapi.log.warn(`[editorial-board] refused ${refusal.action} of ${refusal.uid} ${refusal.documentId ?? '(new)'} by ${who}`);
      try {
        await this.record({ ...refusal, outcome: 'refused', before: null, after: null });
      } catch (error) {
        strapi.log.error(`[editorial-board] could not log a refused change: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    /** The entries `userId` may read, newest first (see the file's comment). */
    async list(userId: number, raw: ChangesQuery): Promise<ChangesResponse> {
      const communes = await readableCommunes(userId);
      const uid = optionalText(raw.uid, 'uid');
      if (uid !== undefined) {
        const governance = governanceOf(uid);
        if (governance === null || governance === 'board')
          throw new errors.ValidationError(
            'Loại nội dung này không có nhật ký thay đổi (tin, bài, văn bản, thủ tục và trang giới thiệu có nhật ký Ban biên tập).',
          );
      }
      const documentId = optionalText(raw.documentId, 'documentId');
      const communeDocumentId = optionalText(raw.commune, 'commune');
      const page = positiveInt(raw.page, 1, 10000, 'page');
      const pageSize = positiveInt(raw.pageSize, 20, 100, 'pageSize');

      const where: Record<string, unknown>[] = [];
      if (communeDocumentId !== undefined) {
        const commune = (await query(COMMUNE_UID).findOne({ where: { documentId: communeDocumentId }, select: ['id'] })) as {
          id: number;
        } | null;
        // Another commune's existence is not revealed: it is "not found" like an unknown one.
        if (!commune || (communes !== 'all' && !communes.includes(commune.id)))
          throw new errors.NotFoundError('Không tìm thấy xã, phường này.');
        where.push({ communeId: commune.id });
      } else if (communes !== 'all') {
        where.push({ communeId: { $in: communes } });
      }
      if (uid !== undefined) where.push({ targetUid: uid });
      if (documentId !== undefined) where.push({ targetDocumentId: documentId });

      const filter = { $and: where };
      const [rows, total] = await Promise.all([
        query(CHANGE_UID).findMany({ where: filter, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }) as Promise<
          ChangeRow[]
        >,
        query(CHANGE_UID).count({ where: filter }),
      ]);
      return { data: await toEntries(rows), meta: { page, pageSize, total } };
    },
  };
};

export default changeLog;
export type ChangeLogService = ReturnType<typeof changeLog>;
