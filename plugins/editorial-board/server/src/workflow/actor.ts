/**
 * Who is acting, for the editorial board: an admin panel user, a content API client, or the
 * platform itself (no request: a script or the scheduler). Roles in the board come from the
 * commune memberships (commune-tenancy), one commune at a time.
 */
import type { Core } from '@strapi/strapi';
import type { Party } from './machine';
import { MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

export type BoardActor = { kind: 'user'; userId: number } | { kind: 'api' } | { kind: 'system' };

interface RequestState {
  state?: { user?: { id?: number }; auth?: { strategy?: { name?: string } } };
}

export function boardActor(strapi: Core.Strapi): BoardActor {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  if (!ctx) return { kind: 'system' };
  const userId = ctx.state?.user?.id;
  if (ctx.state?.auth?.strategy?.name === 'admin' && typeof userId === 'number') return { kind: 'user', userId };
  return { kind: 'api' };
}

export const inRequest = (strapi: Core.Strapi): boolean => strapi.requestContext.get() !== undefined;

export type BoardRole = 'head' | 'deputy' | 'member' | 'contributor';

/** A user's board role in one commune (active communes only), or null. */
export async function boardRoleOf(strapi: Core.Strapi, userId: number, communeId: number): Promise<BoardRole | null> {
  const row = (await strapi.db.query(MEMBERSHIP_UID).findOne({
    where: { adminUserId: userId, commune: { id: communeId, siteStatus: 'active' } },
    select: ['boardRole'],
  })) as { boardRole?: BoardRole } | null;
  return row?.boardRole ?? null;
}

/** Everyone in a commune's board, with their role. */
export async function boardOf(strapi: Core.Strapi, communeId: number): Promise<Array<{ userId: number; role: BoardRole }>> {
  const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { commune: { id: communeId } },
    select: ['adminUserId', 'boardRole'],
  })) as Array<{ adminUserId: number; boardRole: BoardRole }>;
  return rows.map((row) => ({ userId: row.adminUserId, role: row.boardRole }));
}

/** The parts a user plays for one item: their board role, and whether they wrote it or edit it. */
export function partiesFor(
  role: BoardRole | null,
  userId: number,
  item: { authorUserId: number | null; assigneeUserId: number | null },
): Set<Party> {
  const parties = new Set<Party>();
  if (role) parties.add(role);
  // Only people of the commune's board count as author or assignee (a former member does not).
  if (role && item.authorUserId === userId) parties.add('author');
  if (role && item.assigneeUserId === userId) parties.add('assignee');
  return parties;
}
