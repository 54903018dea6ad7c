/**
 * The editorial board's flow as data (seed 004: contributors send → the head or a deputy assigns
 * a member → the member edits and sends → the head approves or returns → published). Each row is
 * one button: from which states, to which state, who may press it, whether a comment is required.
 * Everything else in the plugin reads this table; nothing hard-codes a transition.
 */
import type { TransitionAction, WorkflowState } from '../../../shared';

/** The parts a person can play for one item. A person may play several (a head who wrote it). */
export type Party = 'author' | 'assignee' | 'head' | 'deputy' | 'member' | 'contributor' | 'system';

export interface Transition {
  action: TransitionAction;
  from: readonly WorkflowState[];
  to: WorkflowState;
  who: readonly Party[];
  commentRequired: boolean;
  /** Four eyes: refused to the item's author. */
  notByAuthor?: boolean;
}

const BEFORE_APPROVAL: readonly WorkflowState[] = ['draft', 'submitted', 'editing', 'in_review', 'returned'];

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', who: ['author', 'head', 'deputy', 'member'], commentRequired: false },
  { action: 'assign', from: ['submitted', 'editing', 'returned'], to: 'editing', who: ['head', 'deputy'], commentRequired: false },
  { action: 'send', from: ['editing', 'returned'], to: 'in_review', who: ['assignee', 'head', 'deputy'], commentRequired: false },
  {
    action: 'return',
    from: ['submitted', 'editing', 'in_review', 'approved'],
    to: 'returned',
    who: ['head', 'deputy'],
    commentRequired: true,
  },
  { action: 'reject', from: ['submitted', 'editing', 'in_review'], to: 'rejected', who: ['head', 'deputy'], commentRequired: true },
  { action: 'approve', from: ['in_review'], to: 'approved', who: ['head'], commentRequired: false, notByAuthor: true },
  { action: 'publish', from: ['approved'], to: 'published', who: ['head', 'system'], commentRequired: false },
  { action: 'schedule', from: ['approved'], to: 'approved', who: ['head'], commentRequired: false },
  { action: 'unschedule', from: ['approved'], to: 'approved', who: ['head'], commentRequired: false },
  // The head's escape hatch (an urgent announcement): always with a written reason, always logged.
  { action: 'force_publish', from: BEFORE_APPROVAL, to: 'published', who: ['head'], commentRequired: true },
  { action: 'unpublish', from: ['published'], to: 'draft', who: ['head'], commentRequired: true },
  { action: 'reopen', from: ['rejected'], to: 'draft', who: ['author', 'head', 'deputy'], commentRequired: false },
];

/** Actions that put an item on the public site. */
export const PUBLISHING_ACTIONS: ReadonlySet<TransitionAction> = new Set(['publish', 'force_publish']);

/**
 * Actions after which the item is on its way to the site: its draft must already pass Strapi's
 * publish validation, so the head never meets a validation error when approving (issue 19).
 */
export const NEEDS_PUBLISHABLE_DRAFT: ReadonlySet<TransitionAction> = new Set([
  'submit',
  'send',
  'approve',
  'publish',
  'force_publish',
  'schedule',
]);

export function transitionFor(action: TransitionAction): Transition {
  const transition = TRANSITIONS.find((row) => row.action === action);
  if (!transition) throw new Error(`unknown transition ${action}`);
  return transition;
}

export type Refusal = { ok: false; reason: 'state' | 'party' | 'author' | 'comment'; message: string };
export type Verdict = { ok: true; transition: Transition } | Refusal;

/** Whether people playing `parties` may press `action` on an item in `state` (with `comment`). */
export function judge(
  action: TransitionAction,
  state: WorkflowState,
  parties: ReadonlySet<Party>,
  comment: string | null | undefined,
): Verdict {
  const transition = transitionFor(action);
  if (!transition.from.includes(state))
    return {
      ok: false,
      reason: 'state',
      message: `Không thể thực hiện thao tác này khi nội dung đang ở trạng thái khác (hãy tải lại trang).`,
    };
  if (!transition.who.some((party) => parties.has(party)))
    return { ok: false, reason: 'party', message: 'Bạn không có quyền thực hiện thao tác này trong Ban biên tập.' };
  if (transition.notByAuthor && parties.has('author'))
    return { ok: false, reason: 'author', message: 'Người viết không được tự duyệt nội dung của mình: cần một người khác duyệt.' };
  if (transition.commentRequired && (comment ?? '').trim() === '')
    return { ok: false, reason: 'comment', message: 'Hãy ghi ý kiến hoặc lý do cho thao tác này.' };
  return { ok: true, transition };
}

/** The actions people playing `parties` may press on an item in `state`, in table order. */
export function availableActions(state: WorkflowState, parties: ReadonlySet<Party>): Transition[] {
  return TRANSITIONS.filter((transition) => {
    const verdict = judge(transition.action, state, parties, 'x');
    return verdict.ok;
  });
}
