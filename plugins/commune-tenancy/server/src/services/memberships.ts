import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOARD_ROLES, type BoardRole, COMMUNE_UID, type CommuneMember, MEMBERSHIP_UID } from '../../../shared';

const COMMUNE_FIELDS = ['documentId', 'name', 'slug'];

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
  selected?: boolean | null;
}

interface AccountRow {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
  isActive: boolean | null;
}

/** A membership with the account's name, e-mail and state (never its tokens or password). */
export function toCommuneMember(membership: MembershipView, account: AccountRow | undefined): CommuneMember {
  return {
    id: membership.id,
    adminUserId: membership.adminUserId,
    commune: membership.commune
      ? { documentId: membership.commune.documentId, name: membership.commune.name, slug: membership.commune.slug }
      : null,
    boardRole: membership.boardRole,
    isCommuneAdmin: membership.isCommuneAdmin === true,
    selected: membership.selected === true,
    email: account?.email ?? null,
    firstname: account?.firstname ?? null,
    lastname: account?.lastname ?? null,
    isActive: account?.isActive === true,
  };
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
  /** Memberships (of one commune, or all), each with its admin account. */
  async list(communeDocumentId?: string): Promise<CommuneMember[]> {
    const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: communeDocumentId ? { commune: { documentId: communeDocumentId } } : {},
      populate: { commune: { select: COMMUNE_FIELDS } },
      orderBy: { id: 'asc' },
    })) as MembershipView[];
    return this.withAccounts(rows);
  },

  async findById(id: number): Promise<CommuneMember | null> {
    const row = (await strapi.db
      .query(MEMBERSHIP_UID)
      .findOne({ where: { id }, populate: { commune: { select: COMMUNE_FIELDS } } })) as MembershipView | null;
    return row ? ((await this.withAccounts([row]))[0] ?? null) : null;
  },

  async withAccounts(rows: MembershipView[]): Promise<CommuneMember[]> {
    const ids = [...new Set(rows.map((row) => row.adminUserId))];
    const accounts = ids.length
      ? ((await strapi.db
          .query('admin::user')
          .findMany({ where: { id: { $in: ids } }, select: ['id', 'email', 'firstname', 'lastname', 'isActive'] })) as AccountRow[])
      : [];
    const byId = new Map(accounts.map((account) => [account.id, account]));
    return rows.map((row) => toCommuneMember(row, byId.get(row.adminUserId)));
  },

  /** Adds the user to the commune, or changes their role there: one membership per user and commune. */
  async upsert(input: MembershipInput): Promise<MembershipView> {
    const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { documentId: input.communeDocumentId }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: input.adminUserId }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!user) throw new errors.NotFoundError('Không tìm thấy tài khoản.');
    const existing = (await strapi.db
      .query(MEMBERSHIP_UID)
      .findOne({ where: { adminUserId: input.adminUserId, commune: { id: commune.id } }, select: ['id'] })) as { id: number } | null;
    const data = { adminUserId: input.adminUserId, commune: commune.id, boardRole: input.boardRole, isCommuneAdmin: input.isCommuneAdmin };
    const saved = (
      existing
        ? await strapi.db
            .query(MEMBERSHIP_UID)
            .update({ where: { id: existing.id }, data, populate: { commune: { select: COMMUNE_FIELDS } } })
        : await strapi.db.query(MEMBERSHIP_UID).create({ data, populate: { commune: { select: COMMUNE_FIELDS } } })
    ) as MembershipView;
    return saved;
  },

  async remove(id: number): Promise<void> {
    const deleted = await strapi.db.query(MEMBERSHIP_UID).delete({ where: { id } });
    if (!deleted) throw new errors.NotFoundError('Không tìm thấy thành viên.');
  },
});

export default memberships;
export type MembershipsService = ReturnType<typeof memberships>;
