/**
 * Who may read the trail, and which communes' rows:
 * - province IT: the super admin, and any role province IT grants "Xem nhật ký hoạt động của
 *   mọi xã" (READ_ALL_ACTION, in Settings → Roles) — every row, platform-wide ones included;
 * - a commune admin (a membership marked "Quản trị xã" in an active commune): that commune's rows;
 * - everyone else: nothing (403).
 * The admin role alone decides nothing for communes: roles are per account, memberships per
 * commune, so the membership is the authority (like the board's change log).
 */
import { SUPER_ADMIN_ROLE } from '@commune/commune-tenancy/shared/province-it-policy';
import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

export { SUPER_ADMIN_ROLE };
/** Reads every commune's rows. */
export const READ_ALL_ACTION = 'plugin::audit-trail.read-all';
/** Shows the page (its menu link); the rows shown are still decided here, per commune. */
export const READ_ACTION = 'plugin::audit-trail.read';

export type ReadScope = { kind: 'all' } | { kind: 'communes'; communeIds: number[] } | { kind: 'none' };

export interface Reader {
  id: number;
  roles?: Array<{ id?: number; code?: string }>;
}

export async function readScopeOf(strapi: Core.Strapi, reader: Reader): Promise<ReadScope> {
  const roles = reader.roles ?? [];
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return { kind: 'all' };
  const roleIds = roles.map((role) => role.id).filter((id): id is number => typeof id === 'number');
  if (roleIds.length > 0) {
    const granted = await strapi.db
      .query('admin::permission')
      .count({ where: { action: READ_ALL_ACTION, role: { id: { $in: roleIds } } } });
    if (granted > 0) return { kind: 'all' };
  }
  const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { adminUserId: reader.id, isCommuneAdmin: true, commune: { siteStatus: 'active' } },
    populate: { commune: { select: ['id'] } },
  })) as Array<{ commune?: { id: number } | null }>;
  const communeIds = [...new Set(memberships.flatMap((membership) => (membership.commune ? [membership.commune.id] : [])))];
  return communeIds.length > 0 ? { kind: 'communes', communeIds } : { kind: 'none' };
}
