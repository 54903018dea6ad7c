import type { Actor } from '../actor';
import {
  ACTIONS,
  actionKind,
  judge,
  REACH,
  readableCommunes,
  writableCommunes,
  type ActionKind,
  type ActorKind,
  type Verdict,
} from '../rules';

/** One actor of each kind; commune 7 is "theirs" where they have communes, commune 9 never is. */
const ACTORS: Record<ActorKind, Actor> = {
  system: { kind: 'system' },
  platform: { kind: 'platform', userId: 1 },
  viewer: { kind: 'viewer', userId: 2 },
  member: { kind: 'member', userId: 3, communeIds: [7, 8], selectedCommuneId: 7 },
  site: { kind: 'site', communeId: 7 },
  province: { kind: 'province', communeIds: [7, 8] },
  denied: { kind: 'denied', status: 404, reason: 'test' },
};
const OWN = 7;
const FOREIGN = 9;

/**
 * The expected verdicts, written out: [read one, create, change one] on a document of the actor's
 * own commune, of another commune, and of none (no such document); then an unknown action.
 */
const EXPECTED: Record<ActorKind, { own: Verdict[]; foreign: Verdict[]; none: Verdict[]; unknown: Verdict }> = {
  system: { own: ['pass', 'pass', 'pass'], foreign: ['pass', 'pass', 'pass'], none: ['pass', 'pass', 'pass'], unknown: 'pass' },
  platform: { own: ['pass', 'pass', 'pass'], foreign: ['pass', 'pass', 'pass'], none: ['pass', 'pass', 'pass'], unknown: 'pass' },
  viewer: {
    own: ['pass', 'refused', 'read only'],
    foreign: ['pass', 'refused', 'read only'],
    none: ['pass', 'refused', 'read only'],
    unknown: 'refused',
  },
  member: {
    own: ['pass', 'pass', 'pass'],
    foreign: ['not found', 'pass', 'not found'],
    none: ['not found', 'pass', 'not found'],
    unknown: 'refused',
  },
  site: {
    own: ['pass', 'refused', 'read only'],
    foreign: ['not found', 'refused', 'not found'],
    none: ['not found', 'refused', 'not found'],
    unknown: 'refused',
  },
  province: {
    own: ['pass', 'refused', 'read only'],
    foreign: ['not found', 'refused', 'not found'],
    none: ['not found', 'refused', 'not found'],
    unknown: 'refused',
  },
  denied: {
    own: ['not found', 'refused', 'not found'],
    foreign: ['not found', 'refused', 'not found'],
    none: ['not found', 'refused', 'not found'],
    unknown: 'refused',
  },
};

const ONE_DOCUMENT: ActionKind[] = ['read one', 'create', 'change one'];

describe('the tenancy rules', () => {
  it('has a reach for every kind of actor', () => {
    expect(Object.keys(REACH).sort()).toEqual(Object.keys(ACTORS).sort());
  });

  it('never lets an actor change more than it reads', () => {
    for (const actor of Object.values(ACTORS)) {
      const readable = readableCommunes(actor);
      const writable = writableCommunes(actor);
      if (writable === 'all') expect(readable).toBe('all');
      else if (readable !== 'all') for (const communeId of writable) expect(readable).toContain(communeId);
    }
  });

  it('gives each actor the communes of its reach', () => {
    expect(readableCommunes(ACTORS.member)).toEqual([7, 8]);
    expect(writableCommunes(ACTORS.member)).toEqual([7, 8]);
    expect(readableCommunes(ACTORS.site)).toEqual([7]);
    expect(writableCommunes(ACTORS.site)).toEqual([]);
    expect(readableCommunes(ACTORS.province)).toEqual([7, 8]);
    expect(writableCommunes(ACTORS.province)).toEqual([]);
    expect(readableCommunes(ACTORS.viewer)).toBe('all');
    expect(writableCommunes(ACTORS.viewer)).toEqual([]);
    expect(readableCommunes(ACTORS.denied)).toEqual([]);
    expect(writableCommunes(ACTORS.denied)).toEqual([]);
  });

  it('sorts every document-service action, and takes an unknown one as unknown', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([
      'clone',
      'count',
      'create',
      'delete',
      'discardDraft',
      'findFirst',
      'findMany',
      'findOne',
      'publish',
      'unpublish',
      'update',
    ]);
    expect(actionKind('findMany')).toBe('read many');
    expect(actionKind('publish')).toBe('change one');
    expect(actionKind('toString')).toBe('unknown');
    expect(actionKind('publishMany')).toBe('unknown');
  });

  it('passes lists and counts to the query guard, which narrows them, for every actor', () => {
    for (const actor of Object.values(ACTORS)) expect(judge('read many', readableCommunes(actor), writableCommunes(actor))).toBe('pass');
  });

  describe.each(Object.keys(ACTORS) as ActorKind[])('%s', (kind) => {
    const actor = ACTORS[kind];
    const readable = readableCommunes(actor);
    const writable = writableCommunes(actor);

    it.each([
      ['own', OWN],
      ['foreign', FOREIGN],
      ['none', null],
    ] as const)('on a document of commune: %s', (where, communeId) => {
      expect(ONE_DOCUMENT.map((action) => judge(action, readable, writable, communeId))).toEqual(EXPECTED[kind][where]);
    });

    it('on an action the guard does not know', () => {
      expect(judge('unknown', readable, writable)).toBe(EXPECTED[kind].unknown);
    });
  });
});
