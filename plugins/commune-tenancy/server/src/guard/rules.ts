/**
 * The tenancy guard's rules, in two tables the guards read: what each kind of actor (./actor.ts)
 * may reach, and what each document-service action asks of it. `judge` is the one decision the
 * document guard makes about a single document; rules.test.ts iterates the tables.
 *
 * How the guards use them:
 * - lists and counts are narrowed to the readable communes by the query guard (./query-guard.ts);
 * - one document is judged here, once the guard has read the commune it belongs to;
 * - a new entry needs a writable commune (./document-guard.ts picks which);
 * - uploads, media folders and bulk media actions need the writable communes too.
 */
import type { Actor } from './actor';

export type ActorKind = Actor['kind'];

/** Which communes: every one, the actor's own (its memberships, its site, the active ones), or none. */
export type Reach = 'every' | 'own' | 'none';

export const REACH: Readonly<Record<ActorKind, { read: Reach; write: Reach }>> = {
  // Seeds, scheduled jobs and the command line: no request, no limit.
  system: { read: 'every', write: 'every' },
  // The super admin (province IT).
  platform: { read: 'every', write: 'every' },
  // The province's viewer role: reads every commune, changes none.
  viewer: { read: 'every', write: 'none' },
  // Everyone else in the admin panel: the active communes of their memberships.
  member: { read: 'own', write: 'own' },
  // The public site's server, for the commune of its `x-commune` header.
  site: { read: 'own', write: 'none' },
  // The province host (`x-commune: *`): every active commune, read only.
  province: { read: 'own', write: 'none' },
  // No commune could be resolved: nothing, ever.
  denied: { read: 'none', write: 'none' },
};

/** The communes of a reach: 'all', or a list (possibly empty). */
export type Communes = 'all' | number[];

function ownCommunes(actor: Actor): number[] {
  switch (actor.kind) {
    case 'member':
    case 'province':
      return actor.communeIds;
    case 'site':
      return [actor.communeId];
    default:
      return [];
  }
}

const communesOf = (reach: Reach, actor: Actor): Communes => (reach === 'every' ? 'all' : reach === 'own' ? ownCommunes(actor) : []);

/** Communes whose content the actor may read. */
export const readableCommunes = (actor: Actor): Communes => communesOf(REACH[actor.kind].read, actor);

/** Communes whose content the actor may change. */
export const writableCommunes = (actor: Actor): Communes => communesOf(REACH[actor.kind].write, actor);

export const allows = (communes: Communes, communeId: number | null): boolean =>
  communes === 'all' || (communeId !== null && communes.includes(communeId));

/**
 * What a document-service action asks: a list or count (narrowed below the document service),
 * one document read, a new entry, a change to one existing document, or an action this guard
 * does not know (only actors who may change every commune pass).
 */
export type ActionKind = 'read many' | 'read one' | 'create' | 'change one' | 'unknown';

export const ACTIONS: Readonly<Record<string, ActionKind>> = {
  findMany: 'read many',
  findFirst: 'read many',
  count: 'read many',
  findOne: 'read one',
  create: 'create',
  update: 'change one',
  delete: 'change one',
  publish: 'change one',
  unpublish: 'change one',
  discardDraft: 'change one',
  clone: 'change one',
};

export const actionKind = (action: string): ActionKind => (Object.hasOwn(ACTIONS, action) ? (ACTIONS[action] as ActionKind) : 'unknown');

/**
 * The guard's answer: go on (for a new entry, to the choice of its commune), "not found" (404:
 * nothing is said of another commune's content), "read only" (403: the actor sees it but may not
 * change it) or "refused" (403).
 */
export type Verdict = 'pass' | 'not found' | 'read only' | 'refused';

/**
 * The verdict on an action of an actor with these communes. `documentCommune` is the commune of
 * the one document it names (read one, change one): null when there is no such document.
 */
export function judge(kind: ActionKind, readable: Communes, writable: Communes, documentCommune: number | null = null): Verdict {
  switch (kind) {
    case 'read many':
      return 'pass';
    case 'read one':
      return allows(readable, documentCommune) ? 'pass' : 'not found';
    case 'create':
      return writable !== 'all' && writable.length === 0 ? 'refused' : 'pass';
    case 'change one':
      if (allows(writable, documentCommune)) return 'pass';
      return allows(readable, documentCommune) ? 'read only' : 'not found';
    case 'unknown':
      return writable === 'all' ? 'pass' : 'refused';
  }
}
