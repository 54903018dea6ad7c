/**
 * The board's transitions: a person presses a button (submit, assign, send, return, approve,
 * publish, …) on an item; the state machine decides whether they may; the store commits the new
 * state and the event together; publishing and unpublishing happen in that same transaction,
 * under a permit for that one document. Afterwards the platform hears about it (event hub).
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  ACTION_LABELS,
  EVENT_LABELS,
  PLATFORM_EVENTS,
  STATE_LABELS,
  type BoardPerson,
  type ContentEventPayload,
  type EventAction,
  type GovernedType,
  type ReceivedRequest,
  type TransitionEventPayload,
  type TransitionRequest,
  type WorkflowState,
  type WorkflowView,
} from '../../../shared';
import { withPermit } from '../workflow/authority';
import { boardOf, boardRoleOf, partiesFor, type BoardRole } from '../workflow/actor';
import { availableActions, judge, NEEDS_PUBLISHABLE_DRAFT, PUBLISHING_ACTIONS, type Party } from '../workflow/machine';
import { isValidationError, PublishFailedError, type PublicationService } from './publication';
import { StaleVersionError, type Draft, type StoreService, type Target, type WorkflowRow } from './store';

const notFound = (): errors.NotFoundError => new errors.NotFoundError('Không tìm thấy nội dung này.');

/** A refusal the editor must read: PolicyError is the 403 whose message Strapi passes on. */
export const refuse = (message: string): errors.PolicyError => new errors.PolicyError(message);

const NOT_ON_THE_BOARD = 'Chỉ Ban biên tập của xã, phường này được xử lý nội dung này.';

/**
 * Strapi refused to publish inside a transition's transaction: carried out of the transaction
 * (which rolls back) and only then explained, so nothing of the transition is recorded.
 */
class PublishRefused extends Error {
  constructor(readonly refusal: errors.ValidationError) {
    super(refusal.message);
  }
}

const CONTRIBUTOR_EDITABLE: ReadonlySet<WorkflowState> = new Set(['draft', 'returned']);

/**
 * Why this person may not edit the item now, in words for them; null when they may. Contributors
 * edit only their own items, and only while they are drafts or returned; the board edits any.
 */
export function editRefusal(role: BoardRole | null, parties: ReadonlySet<Party>, state: WorkflowState): string | null {
  if (role !== 'contributor') return null;
  if (!parties.has('author')) return 'Tin, bài này của người khác: cộng tác viên chỉ sửa được tin, bài của mình.';
  if (CONTRIBUTOR_EDITABLE.has(state)) return null;
  return 'Tin, bài đã gửi Ban biên tập nên bạn chỉ xem được. Nếu Ban biên tập trả lại, bạn sửa rồi gửi lại.';
}

const workflows = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = (): StoreService => strapi.plugin('editorial-board').service('store') as StoreService;
  const publication = (): PublicationService => strapi.plugin('editorial-board').service('publication') as PublicationService;

  /** Runs `work` once the current transaction commits (at once outside a transaction). */
  const afterCommit = async (work: () => void): Promise<void> => {
    if (!strapi.db.inTransaction()) return work();
    await strapi.db.transaction(async ({ onCommit }) => {
      onCommit(work);
    });
  };

  const announce = (
    workflow: WorkflowRow,
    draft: Draft,
    action: EventAction,
    fromState: WorkflowState | null,
    actorUserId: number | null,
    comment: string | null,
  ) =>
    afterCommit(() => {
      const content: ContentEventPayload = {
        uid: workflow.targetUid,
        documentId: workflow.targetDocumentId,
        locale: workflow.locale,
        communeId: workflow.communeId,
      };
      const transition: TransitionEventPayload = {
        ...content,
        action,
        fromState,
        toState: workflow.state,
        actorUserId,
        comment,
        title: draft.title,
        assigneeUserId: workflow.assigneeUserId,
        authorUserId: workflow.authorUserId,
      };
      void strapi.eventHub.emit(PLATFORM_EVENTS.transition, transition);
      // An import (a trusted script's direct publication) is live content too: search and caches must know.
      if (action === 'publish' || action === 'force_publish' || (action === 'import' && workflow.state === 'published'))
        void strapi.eventHub.emit(PLATFORM_EVENTS.published, content);
      if (action === 'unpublish') void strapi.eventHub.emit(PLATFORM_EVENTS.unpublished, content);
    });

  /** The draft and its workflow record, as the current user may see them (404 otherwise). */
  async function load(target: Target): Promise<{ draft: Draft; workflow: WorkflowRow }> {
    const draft = await store().draftOf(target);
    if (!draft) throw notFound();
    return { draft, workflow: await store().ensure(target, draft) };
  }

  async function partiesOf(userId: number, workflow: WorkflowRow): Promise<{ role: BoardRole | null; parties: Set<Party> }> {
    const role = await boardRoleOf(strapi, userId, workflow.communeId);
    return { role, parties: partiesFor(role, userId, workflow) };
  }

  async function assertAssignable(communeId: number, assigneeId: unknown): Promise<number> {
    if (typeof assigneeId !== 'number') throw new errors.ValidationError('Hãy chọn người biên tập.');
    const board = await boardOf(strapi, communeId);
    const person = board.find((member) => member.userId === assigneeId);
    if (!person || person.role === 'contributor')
      throw new errors.ValidationError('Chỉ phân công được cho thành viên Ban biên tập của xã.');
    return assigneeId;
  }

  /** Publishes (or unpublishes) the document under a permit, inside the current transaction. */
  async function changeLive(target: Target, operation: 'publish' | 'unpublish'): Promise<void> {
    const documents = strapi.documents(target.uid as UID.ContentType) as unknown as Record<
      'publish' | 'unpublish',
      (params: { documentId: string; locale?: string }) => Promise<unknown>
    >;
    await withPermit(operation, [target.documentId], () =>
      documents[operation]({ documentId: target.documentId, ...(target.locale !== '' ? { locale: target.locale } : {}) }),
    );
  }

  /**
   * Publishes inside the current transaction. Strapi's validation refusal leaves as PublishRefused
   * (explained once the transaction has rolled back); any other failure as PublishFailedError.
   */
  async function publishLive<T>(target: Target, perform: () => Promise<T>): Promise<T> {
    try {
      return await perform();
    } catch (error) {
      if (isValidationError(error)) throw new PublishRefused(error);
      if (error instanceof errors.ApplicationError) throw error; // a guard's refusal, already said for people
      strapi.log.error(
        `[editorial-board] publishing ${target.uid} ${target.documentId} failed, the transition is rolled back: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      throw new PublishFailedError();
    }
  }

  /**
   * Runs a transition's writes in one transaction. When publishing is refused the whole
   * transaction rolls back (no approval without its publication) and the editor reads why.
   */
  async function atomically<T>(target: Target, work: () => Promise<T>): Promise<T> {
    try {
      return await strapi.db.transaction(work);
    } catch (error) {
      if (!(error instanceof PublishRefused)) throw error;
      strapi.log.warn(
        `[editorial-board] publishing ${target.uid} ${target.documentId} refused by validation, nothing recorded: ${error.refusal.message}`,
      );
      throw new errors.ValidationError(await publication().explain(target.uid, error.refusal));
    }
  }

  /** What publishing needs beyond the state: the draft must be exactly what was approved. */
  function assertUnchangedSinceApproval(workflow: WorkflowRow, draft: Draft): void {
    if (workflow.approvedHash !== draft.hash) throw refuse('Nội dung đã được sửa sau khi duyệt: cần Trưởng ban duyệt lại trước khi đăng.');
  }

  return {
    load,

    /** One button pressed by an admin user. Returns the item as that user now sees it. */
    async transition(userId: number, target: Target, request: TransitionRequest): Promise<WorkflowView> {
      const { draft, workflow } = await load(target);
      const { role, parties } = await partiesOf(userId, workflow);
      // Someone outside the commune's board may do nothing here, whatever version they saw.
      if (role === null) throw refuse(NOT_ON_THE_BOARD);
      if (request.version !== workflow.version) throw new StaleVersionError();
      const verdict = judge(request.action, workflow.state, parties, request.comment);
      if (!verdict.ok) throw verdict.reason === 'comment' ? new errors.ValidationError(verdict.message) : refuse(verdict.message);
      const change: Partial<WorkflowRow> = { state: verdict.transition.to };
      const now = new Date().toISOString();

      switch (request.action) {
        case 'assign':
          change.assigneeUserId = await assertAssignable(workflow.communeId, request.assigneeId);
          break;
        case 'approve':
          Object.assign(change, { approvedHash: draft.hash, approvedByUserId: userId, approvedAt: now });
          break;
        case 'publish':
          assertUnchangedSinceApproval(workflow, draft);
          Object.assign(change, { scheduledAt: null, firstPublishedAt: workflow.firstPublishedAt ?? now });
          break;
        case 'force_publish':
          Object.assign(change, {
            approvedHash: draft.hash,
            approvedByUserId: userId,
            approvedAt: now,
            scheduledAt: null,
            firstPublishedAt: workflow.firstPublishedAt ?? now,
          });
          break;
        case 'schedule': {
          const when = typeof request.scheduledAt === 'string' ? new Date(request.scheduledAt) : null;
          if (!when || Number.isNaN(when.getTime())) throw new errors.ValidationError('Hãy chọn ngày giờ đăng hợp lệ.');
          if (when.getTime() <= Date.now()) throw new errors.ValidationError('Giờ hẹn đăng phải ở tương lai.');
          assertUnchangedSinceApproval(workflow, draft);
          change.scheduledAt = when.toISOString();
          break;
        }
        case 'unschedule':
          change.scheduledAt = null;
          break;
        case 'unpublish':
          if (!(await store().isLive(target))) throw refuse('Nội dung này không có trên trang.');
          change.scheduledAt = null;
          break;
        case 'return':
        case 'reject':
          change.scheduledAt = null;
          break;
        default:
          break;
      }

      // The same rules as Strapi's publish, before anything is recorded (400 naming the fields).
      if (NEEDS_PUBLISHABLE_DRAFT.has(request.action)) await publication().assertPublishable(target);
      // "Duyệt và đăng ngay": both transitions and the publication commit together, or none does.
      const thenPublish = request.action === 'approve' && request.thenPublish === true;
      if (thenPublish) {
        const publishVerdict = judge('publish', verdict.transition.to, parties, null);
        if (!publishVerdict.ok) throw refuse(publishVerdict.message);
      }

      const { updated, published } = await atomically(target, async () => {
        const next = await store().commit(
          workflow,
          change,
          { action: request.action, actorUserId: userId, comment: request.comment ?? null, fromState: workflow.state },
          draft,
        );
        if (PUBLISHING_ACTIONS.has(request.action)) await publishLive(target, () => changeLive(target, 'publish'));
        if (request.action === 'unpublish') await changeLive(target, 'unpublish');
        if (!thenPublish) return { updated: next, published: null };
        const live = await store().commit(
          next,
          { state: 'published', scheduledAt: null, firstPublishedAt: workflow.firstPublishedAt ?? now },
          { action: 'publish', actorUserId: userId, comment: null, fromState: next.state },
          draft,
        );
        await publishLive(target, () => changeLive(target, 'publish'));
        return { updated: next, published: live };
      });
      await announce(updated, draft, request.action, workflow.state, userId, request.comment ?? null);
      if (published) await announce(published, draft, 'publish', updated.state, userId, null);
      return this.view(userId, target);
    },

    /**
     * A board member records an item that came on paper or by e-mail from an outside contributor:
     * it is submitted in their name, so the reports count it as received.
     */
    async receive(userId: number, target: Target, request: ReceivedRequest): Promise<WorkflowView> {
      const { draft, workflow } = await load(target);
      const { role } = await partiesOf(userId, workflow);
      if (role === null || role === 'contributor') throw refuse('Chỉ thành viên Ban biên tập được ghi nhận tin, bài gửi từ ngoài.');
      if (request.version !== workflow.version) throw new StaleVersionError();
      if (workflow.state !== 'draft') throw refuse('Chỉ ghi nhận được nội dung đang là bản nháp.');
      const authorName = request.authorName.trim();
      if (authorName === '') throw new errors.ValidationError('Hãy ghi tên người gửi tin, bài.');
      await publication().assertPublishable(target);
      const change: Partial<WorkflowRow> = { state: 'submitted', authorName, authorUserId: null, sourceChannel: request.channel };
      const updated = await store().commit(
        workflow,
        change,
        { action: 'receive', actorUserId: userId, comment: request.comment ?? null, fromState: workflow.state },
        draft,
      );
      await announce(updated, draft, 'receive', workflow.state, userId, request.comment ?? null);
      return this.view(userId, target);
    },

    /** The board panel's content for one user: state, people, buttons, timeline. */
    async view(userId: number, target: Target): Promise<WorkflowView> {
      const { draft, workflow } = await load(target);
      const { role, parties } = await partiesOf(userId, workflow);
      const changedSinceApproval =
        workflow.approvedHash !== null &&
        workflow.approvedHash !== draft.hash &&
        ['approved', 'published', 'in_review'].includes(workflow.state);
      const actions = availableActions(workflow.state, parties)
        .filter((transition) => !(changedSinceApproval && (transition.action === 'publish' || transition.action === 'schedule')))
        .filter((transition) => (transition.action === 'unschedule' ? workflow.scheduledAt !== null : true))
        .map((transition) => ({
          action: transition.action,
          label: ACTION_LABELS[transition.action],
          commentRequired: transition.commentRequired,
        }));
      const events = await store().events(workflow.id);
      const board =
        parties.has('head') || parties.has('deputy')
          ? (await boardOf(strapi, workflow.communeId)).filter((member) => member.role !== 'contributor')
          : [];
      const names = await store().names([
        workflow.authorUserId,
        workflow.assigneeUserId,
        workflow.approvedByUserId,
        ...events.map((event) => event.actorUserId),
        ...board.map((member) => member.userId),
      ]);
      const person = (id: number | null): BoardPerson | null => (id === null ? null : { id, name: names.get(id) ?? `#${id}` });
      return {
        uid: target.uid,
        documentId: target.documentId,
        locale: target.locale,
        state: workflow.state,
        stateLabel: STATE_LABELS[workflow.state],
        version: workflow.version,
        author: person(workflow.authorUserId),
        authorName: workflow.authorName,
        sourceChannel: workflow.sourceChannel,
        assignee: person(workflow.assigneeUserId),
        approvedBy: person(workflow.approvedByUserId),
        approvedAt: workflow.approvedAt,
        scheduledAt: workflow.scheduledAt,
        changedSinceApproval,
        live: await store().isLive(target),
        actions,
        assignable: board.map((member) => ({ id: member.userId, name: names.get(member.userId) ?? `#${member.userId}` })),
        myRole: role,
        readOnlyReason: editRefusal(role, parties, workflow.state),
        timeline: events.map((event) => ({
          id: event.id,
          action: event.action,
          label: EVENT_LABELS[event.action] ?? event.action,
          fromState: event.fromState,
          toState: event.toState,
          actor: person(event.actorUserId),
          comment: event.comment,
          at: event.createdAt,
        })),
      };
    },

    // ---- Hooks of the publish guard (document service middleware) ------------------------------

    /** A new item (created or cloned): its record starts as a draft by its creator. */
    async created(target: Target, actorUserId: number | null, imported: string | null): Promise<void> {
      const draft = await store().draftOf(target);
      if (!draft) return;
      const names = await store().names([actorUserId]);
      const authorName = draft.authorName ?? (actorUserId !== null ? (names.get(actorUserId) ?? null) : null);
      const workflow = await store().ensure(target, draft, { state: 'draft', authorUserId: actorUserId, authorName, approvedHash: null });
      if (imported !== null) {
        // A trusted script put it on the site directly: logged, and counted as approved content.
        const live = await store().liveHash(target);
        const state: WorkflowState = live === null ? 'draft' : 'published';
        const updated = await store().commit(
          workflow,
          { state, approvedHash: live, firstPublishedAt: live === null ? null : new Date().toISOString() },
          { action: 'import', actorUserId: null, comment: imported, fromState: null },
          draft,
        );
        await announce(updated, draft, 'import', null, null, imported);
        return;
      }
      await store().commit(workflow, {}, { action: 'create', actorUserId, fromState: null }, draft);
    },

    /** Before an edit: contributors may only edit their own items while they are drafts or returned. */
    async assertMayEdit(target: Target, userId: number): Promise<void> {
      const draft = await store().draftOf(target);
      if (!draft) return; // not found / not theirs: the tenancy guard answers
      const workflow = await store().ensure(target, draft);
      const { role, parties } = await partiesOf(userId, workflow);
      if (editRefusal(role, parties, workflow.state) !== null) {
        throw refuse('Cộng tác viên chỉ sửa được tin, bài của mình khi còn là bản nháp hoặc bị trả lại.');
      }
    },

    /** After an edit: an approved or published item whose content changed needs approval again. */
    async edited(target: Target, actorUserId: number | null, imported: string | null): Promise<void> {
      const draft = await store().draftOf(target);
      if (!draft) return;
      const workflow = await store().ensure(target, draft);
      if (imported !== null) {
        const live = await store().liveHash(target);
        if (live !== null && live !== workflow.approvedHash) {
          const updated = await store().commit(
            workflow,
            { state: 'published', approvedHash: live, firstPublishedAt: workflow.firstPublishedAt ?? new Date().toISOString() },
            { action: 'import', actorUserId: null, comment: imported, fromState: workflow.state },
            draft,
          );
          await announce(updated, draft, 'import', workflow.state, null, imported);
        }
        return;
      }
      const needsApprovalAgain = (workflow.state === 'approved' || workflow.state === 'published') && workflow.approvedHash !== draft.hash;
      if (needsApprovalAgain) {
        const updated = await store().commit(
          workflow,
          { state: 'in_review', scheduledAt: null },
          { action: 'change', actorUserId, fromState: workflow.state },
          draft,
        );
        await announce(updated, draft, 'change', workflow.state, actorUserId, null);
      } else if (workflow.title !== draft.title) {
        await strapi.db.query('plugin::editorial-board.workflow').update({ where: { id: workflow.id }, data: { title: draft.title } });
      }
    },

    /**
     * The built-in Publish action (admin button, bulk publish, the document service): allowed only
     * as the approved item's publish transition, by the head, for unchanged content. `perform`
     * is the actual publish; it runs under a permit after the transition is committed.
     */
    async publishThroughBoard<T>(target: Target, actorUserId: number, perform: () => Promise<T>): Promise<T> {
      const { draft, workflow } = await load(target);
      const { parties } = await partiesOf(actorUserId, workflow);
      if (workflow.state !== 'approved') throw refuse('Nội dung chưa được Trưởng ban biên tập duyệt nên chưa thể đăng.');
      const verdict = judge('publish', workflow.state, parties, null);
      if (!verdict.ok) throw refuse(verdict.reason === 'party' ? 'Chỉ Trưởng ban biên tập được đăng nội dung.' : verdict.message);
      assertUnchangedSinceApproval(workflow, draft);
      await publication().assertPublishable(target);
      const now = new Date().toISOString();
      const { result, updated } = await atomically(target, async () => {
        const next = await store().commit(
          workflow,
          { state: 'published', scheduledAt: null, firstPublishedAt: workflow.firstPublishedAt ?? now },
          { action: 'publish', actorUserId, fromState: workflow.state },
          draft,
        );
        return { result: await publishLive(target, () => withPermit('publish', [target.documentId], perform)), updated: next };
      });
      await announce(updated, draft, 'publish', workflow.state, actorUserId, null);
      return result;
    },

    /** After "discard draft": the draft is the live version again, which was approved. */
    async discarded(target: Target, actorUserId: number | null): Promise<void> {
      const draft = await store().draftOf(target);
      if (!draft) return;
      const workflow = await store().ensure(target, draft);
      await store().commit(
        workflow,
        { state: 'published', approvedHash: draft.hash, scheduledAt: null },
        { action: 'discard', actorUserId, fromState: workflow.state },
        draft,
      );
    },

    /** After a delete: records of versions that no longer exist go, with a "delete" event. */
    async deleted(uid: GovernedType, documentId: string, actorUserId: number | null): Promise<void> {
      for (const workflow of await store().findAll(uid, documentId)) {
        const target: Target = { uid, documentId, locale: workflow.locale };
        if (await store().draftOf(target)) continue;
        await store().remove(workflow, actorUserId);
        const content: ContentEventPayload = { uid, documentId, locale: workflow.locale, communeId: workflow.communeId };
        await afterCommit(() => void strapi.eventHub.emit(PLATFORM_EVENTS.deleted, content));
      }
    },

    /**
     * The scheduler's turn: publishes approved items whose time has come, as the system. Each one
     * is claimed by a compare-and-swap of its version, so when two Strapi processes run the same
     * turn only one publishes it.
     */
    async publishDue(now = new Date()): Promise<number> {
      const due = (await strapi.db.query('plugin::editorial-board.workflow').findMany({
        where: { state: 'approved', scheduledAt: { $lte: now.toISOString() } },
        limit: 50,
      })) as WorkflowRow[];
      let published = 0;
      for (const workflow of due) {
        const target: Target = { uid: workflow.targetUid, documentId: workflow.targetDocumentId, locale: workflow.locale };
        try {
          const draft = await store().draftOf(target);
          if (!draft) continue;
          if (draft.hash !== workflow.approvedHash) {
            // Edited after approval without the edit hook (e.g. straight in the database): back to review.
            await store().commit(
              workflow,
              { state: 'in_review', scheduledAt: null },
              { action: 'change', actorUserId: null, fromState: workflow.state },
              draft,
            );
            continue;
          }
          const updated = await strapi.db.transaction(async () => {
            const next = await store().commit(
              workflow,
              { state: 'published', scheduledAt: null, firstPublishedAt: workflow.firstPublishedAt ?? now.toISOString() },
              { action: 'publish', actorUserId: null, comment: 'Đăng theo giờ hẹn', fromState: workflow.state },
              draft,
            );
            await changeLive(target, 'publish');
            return next;
          });
          await announce(updated, draft, 'publish', workflow.state, null, 'Đăng theo giờ hẹn');
          published += 1;
        } catch (error) {
          if (error instanceof StaleVersionError) continue; // another process took it
          strapi.log.error(`[editorial-board] scheduled publish of ${target.uid} ${target.documentId} failed: ${String(error)}`);
        }
      }
      return published;
    },
  };
};

export default workflows;
export type WorkflowsService = ReturnType<typeof workflows>;
export type { GovernedType };
