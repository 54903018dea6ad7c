/**
 * The board page's queues for one user, across the communes where they sit on the board:
 * - Việc của tôi: what waits for this person (items assigned to them, their own drafts and
 *   returned items, items to assign for the head and deputies, items to approve for the head);
 * - Chờ duyệt: items sent for approval, or approved and not yet published;
 * - Bị trả lại: items returned with a comment;
 * - Đã đăng gần đây: items published in the last 30 days.
 */
import type { Core } from '@strapi/strapi';
import { STATE_LABELS, type QueueItem, type QueueName, type QueuesResponse } from '../../../shared';
import type { BoardRole } from '../workflow/actor';
import { WORKFLOW_UID, type StoreService, type WorkflowRow } from './store';
import { MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

const LIST_LIMIT = 50;
const RECENT_DAYS = 30;

type Where = Record<string, unknown>;

const queues = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = (): StoreService => strapi.plugin('editorial-board').service('store') as StoreService;

  /** The user's board roles, per commune (active communes only). */
  async function rolesOf(userId: number): Promise<Map<number, BoardRole>> {
    const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { adminUserId: userId, commune: { siteStatus: 'active' } },
      select: ['boardRole'],
      populate: { commune: { select: ['id'] } },
    })) as Array<{ boardRole: BoardRole; commune: { id: number } | null }>;
    return new Map(rows.flatMap((row) => (row.commune ? [[row.commune.id, row.boardRole] as const] : [])));
  }

  function wheres(userId: number, roles: Map<number, BoardRole>): Record<QueueName, Where> {
    const communes = [...roles.keys()];
    const withRole = (wanted: BoardRole[]) => [...roles].filter(([, role]) => wanted.includes(role)).map(([communeId]) => communeId);
    const since = new Date(Date.now() - RECENT_DAYS * 24 * 3600 * 1000).toISOString();
    const inMine = { communeId: { $in: communes } };
    return {
      mine: {
        ...inMine,
        $or: [
          { assigneeUserId: userId, state: { $in: ['editing', 'returned'] } },
          { authorUserId: userId, assigneeUserId: { $null: true }, state: { $in: ['draft', 'returned'] } },
          { communeId: { $in: withRole(['head', 'deputy']) }, state: 'submitted' },
          { communeId: { $in: withRole(['head']) }, state: { $in: ['in_review', 'approved'] } },
        ],
      },
      review: { ...inMine, state: { $in: ['in_review', 'approved'] } },
      returned: { ...inMine, state: 'returned' },
      published: { ...inMine, state: 'published', firstPublishedAt: { $gte: since } },
    };
  }

  return {
    async of(userId: number): Promise<QueuesResponse['data']> {
      const roles = await rolesOf(userId);
      const names: QueueName[] = ['mine', 'review', 'returned', 'published'];
      const empty = {
        counts: { mine: 0, review: 0, returned: 0, published: 0 },
        queues: { mine: [], review: [], returned: [], published: [] },
      };
      if (roles.size === 0) return empty;
      const all = wheres(userId, roles);
      const result: QueuesResponse['data'] = empty;
      for (const name of names) {
        const where = all[name];
        const [count, rows] = await Promise.all([
          strapi.db.query(WORKFLOW_UID).count({ where }),
          strapi.db
            .query(WORKFLOW_UID)
            .findMany({ where, orderBy: { updatedAt: name === 'published' ? 'desc' : 'asc' }, limit: LIST_LIMIT }) as Promise<
            WorkflowRow[]
          >,
        ]);
        result.counts[name] = count;
        const people = await store().names(rows.map((row) => row.assigneeUserId));
        result.queues[name] = rows.map(
          (row): QueueItem => ({
            uid: row.targetUid,
            documentId: row.targetDocumentId,
            locale: row.locale,
            title: row.title ?? row.targetDocumentId,
            state: row.state,
            stateLabel: STATE_LABELS[row.state],
            assignee:
              row.assigneeUserId === null
                ? null
                : { id: row.assigneeUserId, name: people.get(row.assigneeUserId) ?? `#${row.assigneeUserId}` },
            authorName: row.authorName,
            communeId: row.communeId,
            updatedAt: row.updatedAt,
            scheduledAt: row.scheduledAt,
          }),
        );
      }
      return result;
    },

    /** The documentIds of one type in one state (the list view's state filter), in the user's communes. */
    async inState(userId: number, uid: string, state: WorkflowRow['state']): Promise<string[]> {
      const roles = await rolesOf(userId);
      if (roles.size === 0) return [];
      const rows = (await strapi.db.query(WORKFLOW_UID).findMany({
        where: { targetUid: uid, state, communeId: { $in: [...roles.keys()] } },
        select: ['targetDocumentId'],
        orderBy: { updatedAt: 'desc' },
        limit: 500,
      })) as Array<Pick<WorkflowRow, 'targetDocumentId'>>;
      return [...new Set(rows.map((row) => row.targetDocumentId))];
    },

    /** States of some items of one type, for the list view's column (only the user's communes). */
    async states(
      userId: number,
      uid: string,
      documentIds: string[],
    ): Promise<Record<string, { state: WorkflowRow['state']; label: string }>> {
      const roles = await rolesOf(userId);
      if (roles.size === 0 || documentIds.length === 0) return {};
      const rows = (await strapi.db.query(WORKFLOW_UID).findMany({
        where: { targetUid: uid, targetDocumentId: { $in: documentIds.slice(0, 200) }, communeId: { $in: [...roles.keys()] } },
        select: ['targetDocumentId', 'locale', 'state'],
      })) as Array<Pick<WorkflowRow, 'targetDocumentId' | 'locale' | 'state'>>;
      return Object.fromEntries(
        rows.map((row) => [
          row.locale ? `${row.targetDocumentId}:${row.locale}` : row.targetDocumentId,
          { state: row.state, label: STATE_LABELS[row.state] },
        ]),
      );
    },
  };
};

export default queues;
export type QueuesService = ReturnType<typeof queues>;
