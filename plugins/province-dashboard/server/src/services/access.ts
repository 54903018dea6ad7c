/**
 * Who may see which figures:
 * - the overview of every commune: province IT (super admin) and the province viewer;
 * - one commune's dashboard: those two, and the commune's commune admin and board (head, deputy,
 *   member) while the commune is active. A contributor of the commune is refused (403, the
 *   dashboard is the board's tool); a commune the user does not belong to is "not found" (404),
 *   as everywhere else, so its existence is not revealed.
 * PolicyError: Strapi replaces any other 403's message with a bare English "Forbidden".
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DashboardCommune } from '../../../shared';
import { COMMUNE_UID, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

/** The tenancy plugin's roles that see every commune (commune-tenancy guard/actor.ts). */
const PROVINCE_ROLES = new Set(['strapi-super-admin', 'commune-province-viewer']);
/** The board's seats (the commune admin is let in by its own flag, whatever its seat). */
const BOARD_SEATS = new Set(['head', 'deputy', 'member']);

export interface CommuneRow extends DashboardCommune {
  id: number;
}

export const COMMUNE_FIELDS = ['id', 'documentId', 'name', 'slug', 'code', 'siteStatus'];

export async function isProvince(strapi: Core.Strapi, userId: number): Promise<boolean> {
  const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } })) as {
    roles?: Array<{ code: string }>;
  } | null;
  return (user?.roles ?? []).some((role) => PROVINCE_ROLES.has(role.code));
}

/** Province staff only; anyone else gets 403 with a message saying who may. */
export async function assertProvince(strapi: Core.Strapi, userId: number): Promise<void> {
  if (!(await isProvince(strapi, userId)))
    throw new errors.PolicyError('Chỉ cán bộ của tỉnh (quản trị tỉnh, xem toàn tỉnh) được xem tổng quan các xã, phường.');
}

/** The commune a dashboard is asked for, once the user may see it. */
export async function communeForDashboard(strapi: Core.Strapi, userId: number, rawCommune: unknown): Promise<CommuneRow> {
  const wanted = Array.isArray(rawCommune) ? rawCommune[0] : rawCommune;
  if (typeof wanted !== 'string' || wanted === '' || wanted.length > 64)
    throw new errors.ValidationError('Hãy chọn xã, phường (tham số commune).');
  const commune = (await strapi.db
    .query(COMMUNE_UID)
    .findOne({ where: { documentId: wanted }, select: COMMUNE_FIELDS })) as CommuneRow | null;
  const notFound = new errors.NotFoundError('Không tìm thấy xã, phường này.');
  if (!commune) throw notFound;
  if (await isProvince(strapi, userId)) return commune;
  const membership = (await strapi.db
    .query(MEMBERSHIP_UID)
    .findOne({ where: { adminUserId: userId, commune: { id: commune.id } }, select: ['boardRole', 'isCommuneAdmin'] })) as {
    boardRole?: string | null;
    isCommuneAdmin?: boolean | null;
  } | null;
  // Members of a suspended commune are locked out of it, as in the board's report.
  if (!membership || commune.siteStatus !== 'active') throw notFound;
  if (membership.isCommuneAdmin !== true && !BOARD_SEATS.has(membership.boardRole ?? ''))
    throw new errors.PolicyError('Chỉ Ban biên tập và quản trị xã, phường được xem bảng số liệu của xã.');
  return commune;
}
