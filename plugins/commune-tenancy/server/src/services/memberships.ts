import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BoardRole } from '../../../shared';

export const MEMBERSHIP_UID = 'plugin::commune-tenancy.membership';
const BOARD_ROLES: BoardRole[] = ['head', 'deputy', 'member', 'contributor'];

export interface MembershipInput {
  adminUserId: number;
  communeDocumentId: string;
  boardRole: BoardRole;
  isCommuneAdmin: boolean;
}

export interface MembershipView {
  id: number;
  adminUserId: number;
  commune: { documentId: string; name: string; slug: string } | null;
  boardRole: BoardRole;
  isCommuneAdmin: boolean;
}

/** Reads a membership request body, with Vietnamese messages for what is wrong. */
export function parseMembershipInput(body: unknown): MembershipInput {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const adminUserId = Number(input.adminUserId);
  if (!Number.isInteger(adminUserId) || adminUserId < 1) throw new errors.ValidationError('Thiếu tài khoản (adminUserId).');
  if (typeof input.commune !== 'string' || !input.commune) throw new errors.ValidationError('Thiếu xã, phường (commune: documentId).');
  const boardRole = (input.boardRole ?? 'contributor') as BoardRole;
  if (!BOARD_ROLES.includes(boardRole)) throw new errors.ValidationError(`Vai trò “${String(input.boardRole)}” không hợp lệ.`);
  return { adminUserId, communeDocumentId: input.commune, boardRole, isCommuneAdmin: input.isCommuneAdmin === true };
}

const memberships = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(communeDocumentId?: string): Promise<MembershipView[]> {
    return (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: communeDocumentId ? { commune: { documentId: communeDocumentId } } : {},
      populate: { commune: { select: ['documentId', 'name', 'slug'] } },
      orderBy: { id: 'asc' },
    })) as MembershipView[];
  },

  /** Adds the user to the commune, or changes their role there: one membership per user and commune. */
  async upsert(input: MembershipInput): Promise<MembershipView> {
    const commune = (await strapi.db.query('plugin::commune-tenancy.commune').findOne({ where: { documentId: input.communeDocumentId }, select: ['id'] })) as { id: number } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: input.adminUserId }, select: ['id'] })) as { id: number } | null;
    if (!user) throw new errors.NotFoundError('Không tìm thấy tài khoản.');
    const existing = (await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { adminUserId: input.adminUserId, commune: { id: commune.id } }, select: ['id'] })) as { id: number } | null;
    const data = { adminUserId: input.adminUserId, commune: commune.id, boardRole: input.boardRole, isCommuneAdmin: input.isCommuneAdmin };
    const saved = (existing
      ? await strapi.db.query(MEMBERSHIP_UID).update({ where: { id: existing.id }, data, populate: { commune: { select: ['documentId', 'name', 'slug'] } } })
      : await strapi.db.query(MEMBERSHIP_UID).create({ data, populate: { commune: { select: ['documentId', 'name', 'slug'] } } })) as MembershipView;
    return saved;
  },

  async remove(id: number): Promise<void> {
    const deleted = await strapi.db.query(MEMBERSHIP_UID).delete({ where: { id } });
    if (!deleted) throw new errors.NotFoundError('Không tìm thấy thành viên.');
  },
});

export default memberships;
export type MembershipsService = ReturnType<typeof memberships>;
