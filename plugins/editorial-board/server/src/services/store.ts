/**
 * The workflow records and the event log: reading them, creating a record for an item the board
 * has not seen yet, and committing a change with optimistic concurrency (compare-and-swap on the
 * record's version, the event written in the same transaction). Everything that changes a
 * workflow goes through `commit`, so two simultaneous transitions produce exactly one event.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EventAction, GovernedType, SourceChannel, WorkflowState } from '../../../shared';
import { canonicalContent, contentHash, countPhotos, deepPopulate, type GetModel, type ModelLike } from '../workflow/content';

export const WORKFLOW_UID = 'plugin::editorial-board.workflow';
export const EVENT_UID = 'plugin::editorial-board.event';

export interface Target {
  uid: GovernedType;
  documentId: string;
  /** '' for types that are not localised. */
  locale: string;
}

export interface WorkflowRow {
  id: number;
  targetUid: GovernedType;
  targetDocumentId: string;
  locale: string;
  communeId: number;
  title: string | null;
  kind: string | null;
  state: WorkflowState;
  version: number;
  authorUserId: number | null;
  authorName: string | null;
  sourceChannel: SourceChannel;
  assigneeUserId: number | null;
  approvedHash: string | null;
  approvedByUserId: number | null;
  approvedAt: string | null;
  scheduledAt: string | null;
  firstPublishedAt: string | null;
  updatedAt: string;
}

export interface Draft {
  communeId: number;
  title: string;
  kind: string;
  hash: string;
  photos: number;
  authorName: string | null;
}

/** The version a transition saw is no longer the current one: someone acted first. */
export class StaleVersionError extends errors.ApplicationError {
  constructor() {
    super('Nội dung này vừa được người khác xử lý. Hãy tải lại trang để xem trạng thái mới nhất.', { code: 'stale-version' });
  }
}

/** Event groups counted once per item in reports ("received", "published", …). */
const COUNTED_ONCE: Array<readonly EventAction[]> = [['submit', 'receive'], ['publish', 'force_publish', 'import'], ['return'], ['reject']];

export interface EventInput {
  action: EventAction;
  actorUserId: number | null;
  comment?: string | null;
  fromState: WorkflowState | null;
}

const TITLE_FIELDS = ['title', 'name'];

const store = ({ strapi }: { strapi: Core.Strapi }) => {
  const getModel: GetModel = (uid) => strapi.getModel(uid as UID.Schema) as unknown as ModelLike | undefined;
  const query = (uid: string) => strapi.db.query(uid as UID.Schema);

  /** Appends one event about `workflow` (as it stands after the change) to the log. */
  const logEvent = (
    workflow: WorkflowRow,
    event: {
      action: EventAction;
      fromState: WorkflowState | null;
      toState: WorkflowState | null;
      actorUserId: number | null;
      firstTime: boolean;
      comment?: string | null;
      contentHash?: string;
      photos?: number;
    },
  ) =>
    query(EVENT_UID).create({
      data: {
        workflowId: workflow.id,
        targetUid: workflow.targetUid,
        targetDocumentId: workflow.targetDocumentId,
        locale: workflow.locale,
        communeId: workflow.communeId,
        version: workflow.version,
        kind: workflow.kind,
        authorName: workflow.authorName,
        title: workflow.title,
        ...event,
      },
    });

  return {
    isLocalised(uid: GovernedType): boolean {
      const options = (strapi.getModel(uid) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions;
      return options?.i18n?.localized === true;
    },

    /** The target with its locale made explicit ('' for types without locales, the default locale otherwise). */
    async targetOf(uid: GovernedType, documentId: string, locale: unknown): Promise<Target> {
      if (!this.isLocalised(uid)) return { uid, documentId, locale: '' };
      if (typeof locale === 'string' && locale !== '' && locale !== '*') return { uid, documentId, locale };
      const i18n = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
      return { uid, documentId, locale: (await i18n?.getDefaultLocale()) ?? 'vi' };
    },

    lookup(target: Target, status: 'draft' | 'published'): Record<string, unknown> {
      return {
        documentId: target.documentId,
        publishedAt: status === 'draft' ? null : { $notNull: true },
        ...(target.locale !== '' ? { locale: target.locale } : {}),
      };
    },

    /**
     * The draft as the board judges it, or null when it does not exist or is not the current
     * user's to see: the read passes through the tenancy guard's query lifecycles.
     */
    async draftOf(target: Target): Promise<Draft | null> {
      const model = getModel(target.uid);
      if (!model) return null;
      const row = (await query(target.uid).findOne({
        where: this.lookup(target, 'draft'),
        populate: { ...deepPopulate(model, getModel), commune: { select: ['id'] } },
      })) as (Record<string, unknown> & { commune?: { id: number } | null }) | null;
      if (!row?.commune) return null;
      const content = canonicalContent(row, model, getModel);
      const title =
        TITLE_FIELDS.map((field) => row[field]).find((value): value is string => typeof value === 'string') ?? target.documentId;
      return {
        communeId: row.commune.id,
        title: title.slice(0, 250),
        kind: target.uid === 'api::article.article' ? String(row.kind ?? 'tin') : (target.uid.split('.')[1] ?? target.uid),
        hash: contentHash(content),
        photos: countPhotos(content),
        authorName: typeof row.authorName === 'string' && row.authorName.trim() !== '' ? row.authorName.trim() : null,
      };
    },

    /** The hash of the live version, or null when nothing is on the site. */
    async liveHash(target: Target): Promise<string | null> {
      const model = getModel(target.uid);
      if (!model) return null;
      const row = (await query(target.uid).findOne({
        where: this.lookup(target, 'published'),
        populate: deepPopulate(model, getModel),
      })) as Record<string, unknown> | null;
      return row ? contentHash(canonicalContent(row, model, getModel)) : null;
    },

    async isLive(target: Target): Promise<boolean> {
      return (await query(target.uid).count({ where: this.lookup(target, 'published') })) > 0;
    },

    async find(target: Target): Promise<WorkflowRow | null> {
      return (await query(WORKFLOW_UID).findOne({
        where: { targetUid: target.uid, targetDocumentId: target.documentId, locale: target.locale },
      })) as WorkflowRow | null;
    },

    async findAll(uid: GovernedType, documentId: string): Promise<WorkflowRow[]> {
      return (await query(WORKFLOW_UID).findMany({ where: { targetUid: uid, targetDocumentId: documentId } })) as WorkflowRow[];
    },

    /**
     * The item's workflow record, created on first sight. Content that predates the board (or was
     * written straight to the database) starts where it stands: live content as published (what
     * is live counts as approved), anything else as a draft.
     */
    async ensure(target: Target, draft: Draft, initial?: Partial<WorkflowRow>): Promise<WorkflowRow> {
      const existing = await this.find(target);
      if (existing) return existing;
      const live = await this.liveHash(target);
      const state: WorkflowState = live === null ? 'draft' : live === draft.hash ? 'published' : 'in_review';
      try {
        return (await query(WORKFLOW_UID).create({
          data: {
            targetUid: target.uid,
            targetDocumentId: target.documentId,
            locale: target.locale,
            communeId: draft.communeId,
            title: draft.title,
            kind: draft.kind,
            state,
            version: 1,
            sourceChannel: 'admin',
            authorName: draft.authorName,
            approvedHash: live,
            ...initial,
          },
        })) as WorkflowRow;
      } catch (error) {
        // Created meanwhile by a concurrent request (unique index on the target): use that one.
        const raced = await this.find(target);
        if (raced) return raced;
        throw error;
      }
    },

    /**
     * Moves a workflow from the version it was read at to the next one, and logs the event, in one
     * transaction. Refused (StaleVersionError) when someone else moved it first.
     */
    async commit(workflow: WorkflowRow, change: Partial<WorkflowRow>, event: EventInput, draft: Draft): Promise<WorkflowRow> {
      return strapi.db.transaction(async () => {
        const next = { ...change, version: workflow.version + 1, title: draft.title, kind: draft.kind };
        const { count } = (await query(WORKFLOW_UID).updateMany({ where: { id: workflow.id, version: workflow.version }, data: next })) as {
          count: number;
        };
        if (count !== 1) throw new StaleVersionError();
        const group = COUNTED_ONCE.find((actions) => actions.includes(event.action));
        const firstTime = group
          ? (await query(EVENT_UID).count({ where: { workflowId: workflow.id, action: { $in: [...group] } } })) === 0
          : false;
        const updated = { ...workflow, ...next } as WorkflowRow;
        await logEvent(updated, {
          action: event.action,
          fromState: event.fromState,
          toState: updated.state,
          actorUserId: event.actorUserId,
          comment: event.comment?.trim() || null,
          contentHash: draft.hash,
          photos: draft.photos,
          firstTime,
        });
        return updated;
      });
    },

    /** An item left the platform: its record goes, its events stay. */
    async remove(workflow: WorkflowRow, actorUserId: number | null): Promise<void> {
      await strapi.db.transaction(async () => {
        await logEvent(
          { ...workflow, version: workflow.version + 1 },
          { action: 'delete', fromState: workflow.state, toState: null, actorUserId, firstTime: false },
        );
        await query(WORKFLOW_UID).delete({ where: { id: workflow.id } });
      });
    },

    async events(workflowId: number): Promise<
      Array<{
        id: number;
        action: EventAction;
        fromState: WorkflowState | null;
        toState: WorkflowState | null;
        actorUserId: number | null;
        comment: string | null;
        createdAt: string;
      }>
    > {
      return (await query(EVENT_UID).findMany({ where: { workflowId }, orderBy: { id: 'asc' } })) as Array<{
        id: number;
        action: EventAction;
        fromState: WorkflowState | null;
        toState: WorkflowState | null;
        actorUserId: number | null;
        comment: string | null;
        createdAt: string;
      }>;
    },

    /** Display names of admin users, by id. */
    async names(ids: Array<number | null | undefined>): Promise<Map<number, string>> {
      const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
      if (wanted.length === 0) return new Map();
      const users = (await query('admin::user').findMany({
        where: { id: { $in: wanted } },
        select: ['id', 'firstname', 'lastname', 'email'],
      })) as Array<{
        id: number;
        firstname: string | null;
        lastname: string | null;
        email: string;
      }>;
      return new Map(users.map((user) => [user.id, [user.lastname, user.firstname].filter(Boolean).join(' ').trim() || user.email]));
    },
  };
};

export default store;
export type StoreService = ReturnType<typeof store>;
