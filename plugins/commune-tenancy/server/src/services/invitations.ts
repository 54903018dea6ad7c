/**
 * Province IT's account tools: invite someone into a commune's board, and reset an account by
 * link. Like the provisioning command line, an account is created without a password, inactive,
 * with a registration token; the person sets their password on the admin panel's registration
 * page. The link is returned once and never stored anywhere else.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BOARD_ROLES, type BoardRole, COMMUNE_UID, type CommuneMember, MEMBERSHIP_UID } from '../../../shared';
import {
  adminUsers,
  endSessions,
  type AdminAccount,
  forbidden,
  invitationUrl,
  isSuperAdmin,
  newRegistrationToken,
  roleCodesFor,
  roleIdsOf,
} from './admin-accounts';
import { getService } from '../utils/get-service';

export interface InvitationInput {
  email: string;
  firstname: string;
  lastname: string;
  communeDocumentId: string;
  boardRole: BoardRole;
  isCommuneAdmin: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Reads an invitation request body, with Vietnamese messages for what is wrong. */
export function parseInvitationInput(body: unknown): InvitationInput {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const email = text(input.email).toLowerCase();
  if (!email) throw new errors.ValidationError('Hãy nhập địa chỉ thư điện tử.');
  if (!EMAIL.test(email) || email.length > 255) throw new errors.ValidationError(`Địa chỉ thư điện tử “${email}” không hợp lệ.`);
  const firstname = text(input.firstname);
  if (!firstname) throw new errors.ValidationError('Hãy nhập tên của người được mời.');
  const lastname = text(input.lastname);
  if (firstname.length > 100 || lastname.length > 100) throw new errors.ValidationError('Họ, tên dài quá 100 ký tự.');
  const communeDocumentId = text(input.commune);
  if (!communeDocumentId) throw new errors.ValidationError('Hãy chọn xã, phường.');
  if (!BOARD_ROLES.includes(input.boardRole as BoardRole)) throw new errors.ValidationError('Hãy chọn vai trò trong Ban biên tập.');
  if (input.isCommuneAdmin !== undefined && typeof input.isCommuneAdmin !== 'boolean')
    throw new errors.ValidationError('“Quản trị xã” phải là có hoặc không.');
  return {
    email,
    firstname,
    lastname,
    communeDocumentId,
    boardRole: input.boardRole as BoardRole,
    isCommuneAdmin: input.isCommuneAdmin === true,
  };
}

export interface InvitationOutcome {
  inviteUrl: string | null;
  accountCreated: boolean;
  member: CommuneMember;
}

export interface InvitedAccountInput {
  email: string;
  firstname: string;
  lastname: string | null;
  roleIds: number[];
}

const invitations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * A new account that its owner activates by link: no password, inactive, with a registration
   * token (Strapi's own invitation) and these roles. The one place accounts are invited from —
   * the settings page (invite) and the provisioning command line both come here — so the link
   * always has the same form: the admin panel's registration page (`admin.absoluteUrl`).
   */
  async createInvitedAccount(input: InvitedAccountInput): Promise<{ account: AdminAccount; inviteUrl: string }> {
    const account = await adminUsers(strapi).create({
      email: input.email,
      firstname: input.firstname,
      lastname: input.lastname,
      roles: input.roleIds,
    });
    if (!account.registrationToken) throw new errors.ApplicationError('Không tạo được liên kết kích hoạt cho tài khoản mới.');
    return { account, inviteUrl: invitationUrl(strapi, account.registrationToken) };
  },

  /**
   * Creates the account (inactive, with a registration token and the roles of the board role)
   * and the membership, in one transaction. An existing e-mail address keeps its account: it
   * only gets the membership and the roles it lacks, and no link.
   */
  async invite(input: InvitationInput): Promise<InvitationOutcome> {
    const commune = (await strapi.db
      .query(COMMUNE_UID)
      .findOne({ where: { documentId: input.communeDocumentId }, select: ['id', 'name'] })) as { id: number; name: string } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
    const roleIds = await roleIdsOf(strapi, roleCodesFor(input.boardRole, input.isCommuneAdmin));
    const users = adminUsers(strapi);

    const outcome = await strapi.db.transaction(async () => {
      let account = await users.findOneByEmail(input.email, ['roles']);
      let inviteUrl: string | null = null;
      if (!account) {
        ({ account, inviteUrl } = await this.createInvitedAccount({
          email: input.email,
          firstname: input.firstname,
          lastname: input.lastname || null,
          roleIds,
        }));
      } else {
        const already = await strapi.db
          .query(MEMBERSHIP_UID)
          .findOne({ where: { adminUserId: account.id, commune: { id: commune.id } }, select: ['id'] });
        if (already) throw new errors.ValidationError(`${input.email} đã là thành viên của ${commune.name}.`);
        // Province IT keeps its super admin role and needs no commune role.
        const held = (account.roles ?? []).map((role) => role.id);
        const lacking = roleIds.filter((id) => !held.includes(id));
        if (lacking.length > 0 && !isSuperAdmin(account)) await users.updateById(account.id, { roles: [...held, ...lacking] });
      }
      const membership = await getService(strapi, 'memberships').upsert({
        adminUserId: account.id,
        communeDocumentId: input.communeDocumentId,
        boardRole: input.boardRole,
        isCommuneAdmin: input.isCommuneAdmin,
      });
      return { inviteUrl, accountCreated: inviteUrl !== null, membershipId: membership.id };
    });

    const member = await getService(strapi, 'memberships').findById(outcome.membershipId);
    if (!member) throw new errors.ApplicationError('Không đọc lại được thành viên vừa thêm.');
    return { inviteUrl: outcome.inviteUrl, accountCreated: outcome.accountCreated, member };
  },

  /**
   * A password reset by link: the account gets a new registration token, is deactivated and
   * logged out everywhere until its owner registers again with the new link.
   */
  async reset(membershipId: number, actingUserId: number): Promise<string> {
    const membership = (await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { id: membershipId }, select: ['id', 'adminUserId'] })) as {
      adminUserId: number;
    } | null;
    if (!membership) throw new errors.NotFoundError('Không tìm thấy thành viên.');
    const users = adminUsers(strapi);
    const account = await users.findOne(membership.adminUserId, ['roles']);
    if (!account) throw new errors.NotFoundError('Tài khoản của thành viên này không còn.');
    if (account.id === actingUserId) throw forbidden('Không thể tự đặt lại tài khoản của mình ở đây.');
    if (isSuperAdmin(account)) throw forbidden('Không đặt lại tài khoản quản trị tỉnh ở đây.');
    const registrationToken = newRegistrationToken();
    await users.updateById(account.id, { isActive: false, registrationToken });
    await endSessions(strapi, account.id);
    return invitationUrl(strapi, registrationToken);
  },
});

export default invitations;
export type InvitationsService = ReturnType<typeof invitations>;
