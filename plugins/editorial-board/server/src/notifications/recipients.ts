/**
 * Who is told about a transition: whoever must act next on the item, or whose item it is when
 * the board has decided. The table is data, like the state machine; nothing else decides.
 */
import type { EventAction, TransitionEventPayload } from '../../../shared';
import type { BoardRole } from '../workflow/actor';

/** A part someone plays for this item or in this commune's board. */
export type Audience = 'heads' | 'deputies' | 'assignee' | 'author' | 'assigneeOrAuthor';

/**
 * One row per action that sends e-mail. Actions absent here (publish, schedule, unpublish, …)
 * are the head's own decisions and need nobody else to act, so they send nothing.
 */
export const NOTIFICATION_RULES: Readonly<Partial<Record<EventAction, readonly Audience[]>>> = {
  // A new item waits for someone to assign it: the head and deputies may.
  submit: ['heads', 'deputies'],
  receive: ['heads', 'deputies'],
  // The assigned member edits next.
  assign: ['assignee'],
  // Only the head approves.
  send: ['heads'],
  // Whoever was working on it fixes it: the assigned member, or the author before assignment.
  return: ['assigneeOrAuthor'],
  // Decisions: the people whose work it is learn the outcome.
  approve: ['assignee', 'author'],
  reject: ['author', 'assignee'],
  // Edited after approval: back in review, the head must approve again.
  change: ['heads'],
};

export interface BoardMember {
  userId: number;
  role: BoardRole;
}

/** An admin user as the mailer needs them. */
export interface Person {
  id: number;
  name: string;
  email: string | null;
  isActive: boolean;
  blocked: boolean;
}

type Item = Pick<TransitionEventPayload, 'action' | 'actorUserId' | 'assigneeUserId' | 'authorUserId'>;

/** The user ids an action concerns, in table order, without the actor and without repeats. */
export function audienceOf(item: Item, board: readonly BoardMember[]): number[] {
  const rule = NOTIFICATION_RULES[item.action];
  if (!rule) return [];
  // Only the commune's current board counts: someone who left it is not told about its work.
  const members = new Set(board.map((member) => member.userId));
  const eligible = (id: number | null): id is number => id !== null && id !== item.actorUserId && members.has(id);
  const withRole = (role: BoardRole): number[] => board.filter((member) => member.role === role).map((member) => member.userId);

  const ids: number[] = [];
  for (const audience of rule) {
    switch (audience) {
      case 'heads':
        ids.push(...withRole('head'));
        break;
      case 'deputies':
        ids.push(...withRole('deputy'));
        break;
      case 'assignee':
        if (item.assigneeUserId !== null) ids.push(item.assigneeUserId);
        break;
      case 'author':
        if (item.authorUserId !== null) ids.push(item.authorUserId);
        break;
      case 'assigneeOrAuthor': {
        // A head who assigned the item to themselves and returns it is not "the one to fix it".
        const next = [item.assigneeUserId, item.authorUserId].find(eligible);
        if (next !== undefined) ids.push(next);
        break;
      }
    }
  }
  return [...new Set(ids.filter(eligible))];
}

/** The people to e-mail: the audience, minus accounts that cannot or must not receive mail. */
export function recipientsOf(item: Item, board: readonly BoardMember[], people: ReadonlyMap<number, Person>): Person[] {
  const seen = new Set<string>();
  const result: Person[] = [];
  for (const id of audienceOf(item, board)) {
    const person = people.get(id);
    const email = person?.email?.trim().toLowerCase() ?? '';
    if (!person || !person.isActive || person.blocked || email === '' || seen.has(email)) continue;
    seen.add(email);
    result.push(person);
  }
  return result;
}
