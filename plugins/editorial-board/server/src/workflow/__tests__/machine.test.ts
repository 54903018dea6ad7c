import { availableActions, judge, TRANSITIONS, type Party } from '../machine';
import { WORKFLOW_STATES, TRANSITION_ACTIONS } from '../../../../shared';

const parties = (...list: Party[]): Set<Party> => new Set(list);

describe('the board’s state machine', () => {
  it('has exactly one row per action, each going from and to known states', () => {
    expect(TRANSITIONS.map((row) => row.action).sort()).toEqual([...TRANSITION_ACTIONS].sort());
    for (const row of TRANSITIONS) {
      expect(WORKFLOW_STATES).toContain(row.to);
      for (const state of row.from) expect(WORKFLOW_STATES).toContain(state);
    }
  });

  it('walks the flow of seed 004: contributor → head assigns → member sends → head approves → published', () => {
    expect(judge('submit', 'draft', parties('contributor', 'author'), null)).toMatchObject({ ok: true, transition: { to: 'submitted' } });
    expect(judge('assign', 'submitted', parties('head'), null)).toMatchObject({ ok: true, transition: { to: 'editing' } });
    expect(judge('send', 'editing', parties('member', 'assignee'), null)).toMatchObject({ ok: true, transition: { to: 'in_review' } });
    expect(judge('approve', 'in_review', parties('head'), null)).toMatchObject({ ok: true, transition: { to: 'approved' } });
    expect(judge('publish', 'approved', parties('head'), null)).toMatchObject({ ok: true, transition: { to: 'published' } });
  });

  it('lets only the head approve, publish, force-publish and unpublish', () => {
    for (const action of ['approve', 'publish', 'force_publish', 'unpublish'] as const) {
      const state = action === 'approve' ? 'in_review' : action === 'publish' ? 'approved' : action === 'unpublish' ? 'published' : 'draft';
      for (const other of ['deputy', 'member', 'contributor', 'assignee', 'author'] as const) {
        expect(judge(action, state, parties(other), 'lý do')).toMatchObject({ ok: false, reason: 'party' });
      }
      expect(judge(action, state, parties('head'), 'lý do').ok).toBe(true);
    }
  });

  it('keeps four eyes: the author may not approve their own item, even as head', () => {
    expect(judge('approve', 'in_review', parties('head', 'author'), null)).toMatchObject({ ok: false, reason: 'author' });
  });

  it('needs a written comment to return, reject, force-publish and unpublish', () => {
    expect(judge('return', 'in_review', parties('head'), '  ')).toMatchObject({ ok: false, reason: 'comment' });
    expect(judge('reject', 'in_review', parties('deputy'), undefined)).toMatchObject({ ok: false, reason: 'comment' });
    expect(judge('force_publish', 'draft', parties('head'), '')).toMatchObject({ ok: false, reason: 'comment' });
    expect(judge('unpublish', 'published', parties('head'), null)).toMatchObject({ ok: false, reason: 'comment' });
    expect(judge('return', 'in_review', parties('head'), 'Bổ sung ảnh').ok).toBe(true);
  });

  it('refuses a transition from a state it does not start from', () => {
    expect(judge('publish', 'in_review', parties('head'), null)).toMatchObject({ ok: false, reason: 'state' });
    expect(judge('approve', 'draft', parties('head'), null)).toMatchObject({ ok: false, reason: 'state' });
  });

  it('offers a contributor nothing but submitting their own draft', () => {
    expect(availableActions('draft', parties('contributor', 'author')).map((row) => row.action)).toEqual(['submit']);
    expect(availableActions('draft', parties('contributor'))).toEqual([]);
    expect(availableActions('in_review', parties('contributor', 'author'))).toEqual([]);
  });

  it('offers the head what the head may do on an item awaiting approval', () => {
    expect(availableActions('in_review', parties('head')).map((row) => row.action)).toEqual([
      'return',
      'reject',
      'approve',
      'force_publish',
    ]);
  });
});
