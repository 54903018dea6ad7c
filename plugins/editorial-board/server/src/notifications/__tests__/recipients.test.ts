import type { TransitionEventPayload } from '../../../../shared';
import { audienceOf, NOTIFICATION_RULES, recipientsOf, type BoardMember, type Person } from '../recipients';

// One commune's board: two heads would be unusual but possible, so the table must handle it.
const HEAD = 1;
const DEPUTY = 2;
const MEMBER = 3;
const CONTRIBUTOR = 4;
const SECOND_DEPUTY = 5;
const board: BoardMember[] = [
  { userId: HEAD, role: 'head' },
  { userId: DEPUTY, role: 'deputy' },
  { userId: MEMBER, role: 'member' },
  { userId: CONTRIBUTOR, role: 'contributor' },
  { userId: SECOND_DEPUTY, role: 'deputy' },
];

type Item = Pick<TransitionEventPayload, 'action' | 'actorUserId' | 'assigneeUserId' | 'authorUserId'>;
const item = (action: Item['action'], actorUserId: number | null, extra: Partial<Item> = {}): Item => ({
  action,
  actorUserId,
  assigneeUserId: null,
  authorUserId: CONTRIBUTOR,
  ...extra,
});

const person = (id: number, extra: Partial<Person> = {}): Person => ({
  id,
  name: `Người ${id}`,
  email: `u${id}@xa.gov.vn`,
  isActive: true,
  blocked: false,
  ...extra,
});
const everyone = new Map(board.map((member) => [member.userId, person(member.userId)]));

describe('who is told about a transition', () => {
  it('tells the head and deputies that a submitted item waits for assignment', () => {
    expect(audienceOf(item('submit', CONTRIBUTOR), board)).toEqual([HEAD, DEPUTY, SECOND_DEPUTY]);
    expect(audienceOf(item('receive', MEMBER, { authorUserId: null }), board)).toEqual([HEAD, DEPUTY, SECOND_DEPUTY]);
  });

  it('tells the assigned member, and only them, about an assignment', () => {
    expect(audienceOf(item('assign', HEAD, { assigneeUserId: MEMBER }), board)).toEqual([MEMBER]);
  });

  it('tells only the head that an item waits for approval (deputies cannot approve)', () => {
    expect(audienceOf(item('send', MEMBER, { assigneeUserId: MEMBER }), board)).toEqual([HEAD]);
    expect(audienceOf(item('change', MEMBER, { assigneeUserId: MEMBER }), board)).toEqual([HEAD]);
  });

  it('returns to the assignee, or to the author before anyone was assigned', () => {
    expect(audienceOf(item('return', HEAD, { assigneeUserId: MEMBER }), board)).toEqual([MEMBER]);
    expect(audienceOf(item('return', HEAD), board)).toEqual([CONTRIBUTOR]);
    // The head assigned it to themselves: the author is the one to fix it.
    expect(audienceOf(item('return', HEAD, { assigneeUserId: HEAD }), board)).toEqual([CONTRIBUTOR]);
  });

  it('tells the author and the assignee about approval and rejection', () => {
    expect(audienceOf(item('approve', HEAD, { assigneeUserId: MEMBER }), board)).toEqual([MEMBER, CONTRIBUTOR]);
    expect(audienceOf(item('reject', DEPUTY, { assigneeUserId: MEMBER }), board)).toEqual([CONTRIBUTOR, MEMBER]);
  });

  it('never tells the actor about their own action, and names nobody twice', () => {
    expect(audienceOf(item('submit', DEPUTY, { authorUserId: DEPUTY }), board)).toEqual([HEAD, SECOND_DEPUTY]);
    expect(audienceOf(item('approve', HEAD, { assigneeUserId: MEMBER, authorUserId: MEMBER }), board)).toEqual([MEMBER]);
    expect(audienceOf(item('assign', DEPUTY, { assigneeUserId: DEPUTY }), board)).toEqual([]);
  });

  it('tells nobody outside the commune board (a former member) and nobody for the head’s own decisions', () => {
    expect(audienceOf(item('approve', HEAD, { assigneeUserId: 99, authorUserId: 98 }), board)).toEqual([]);
    expect(audienceOf(item('return', HEAD, { assigneeUserId: 99 }), board)).toEqual([CONTRIBUTOR]);
    for (const action of ['publish', 'schedule', 'unschedule', 'force_publish', 'unpublish', 'reopen', 'create', 'delete'] as const) {
      expect(NOTIFICATION_RULES[action]).toBeUndefined();
      expect(audienceOf(item(action, HEAD, { assigneeUserId: MEMBER }), board)).toEqual([]);
    }
  });

  it('skips blocked and inactive accounts and those without an e-mail address, and one address gets one message', () => {
    const people = new Map(everyone);
    people.set(DEPUTY, person(DEPUTY, { blocked: true }));
    people.set(SECOND_DEPUTY, person(SECOND_DEPUTY, { email: '  ' }));
    expect(recipientsOf(item('submit', CONTRIBUTOR), board, people).map((entry) => entry.id)).toEqual([HEAD]);
    people.set(HEAD, person(HEAD, { isActive: false }));
    expect(recipientsOf(item('submit', CONTRIBUTOR), board, people)).toEqual([]);
    const shared = new Map(everyone);
    shared.set(SECOND_DEPUTY, person(SECOND_DEPUTY, { email: 'U2@xa.gov.vn' }));
    expect(recipientsOf(item('submit', CONTRIBUTOR), board, shared).map((entry) => entry.id)).toEqual([HEAD, DEPUTY]);
  });
});
