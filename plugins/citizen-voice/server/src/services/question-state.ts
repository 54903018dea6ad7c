import type { DueState, InboxState, PublicQuestionState } from '../../../shared';

/** The inbox state of a stored question: its own status, or answered once its answer is published. */
export function inboxState(status: string, answerPublished: boolean): InboxState {
  if (status === 'rejected') return 'rejected';
  if (answerPublished) return 'answered';
  return status === 'assigned' || status === 'answering' ? status : 'received';
}

/** What the citizen's status page says: less detail than the board sees. */
export function publicState(status: string, answerPublished: boolean): PublicQuestionState {
  const state = inboxState(status, answerPublished);
  if (state === 'rejected' || state === 'answered' || state === 'received') return state;
  return 'processing';
}

/** How near its due date an open question is (days as YYYY-MM-DD; `soonUntil` the last "soon" day). */
export function dueState(state: InboxState, dueOn: string, today: string, soonUntil: string): DueState {
  if (state === 'answered' || state === 'rejected') return 'closed';
  if (dueOn < today) return 'late';
  return dueOn <= soonUntil ? 'soon' : 'on-time';
}
