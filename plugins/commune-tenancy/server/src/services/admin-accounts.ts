/**
 * The few Strapi admin services that invitations use, behind small typed interfaces: admin
 * users (an account created without a password is Strapi's invitation: inactive, with a
 * registration token), admin roles, and the session manager.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BoardRole } from '../../../shared';
import { SUPER_ADMIN_ROLE } from '../guard/actor';

/** The admin role that goes with each board role; commune admins get `commune-admin` as well. */
export const BOARD_ROLE_CODES: Record<BoardRole, string> = {
  head: 'commune-board-head',
  deputy: 'commune-board-deputy',
  member: 'commune-board-member',
  contributor: 'commune-contributor',
};
export const COMMUNE_ADMIN_ROLE_CODE = 'commune-admin';

export function roleCodesFor(boardRole: BoardRole, isCommuneAdmin: boolean): string[] {
  return isCommuneAdmin ? [BOARD_ROLE_CODES[boardRole], COMMUNE_ADMIN_ROLE_CODE] : [BOARD_ROLE_CODES[boardRole]];
}

export interface AdminAccount {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
  isActive: boolean;
  registrationToken?: string | null;
  roles?: Array<{ id: number; code: string }>;
}

interface AdminUserService {
  create(attributes: { email: string; firstname: string; lastname: string | null; roles: number[] }): Promise<AdminAccount>;
  findOneByEmail(email: string, populate?: string[]): Promise<AdminAccount | null>;
  findOne(id: number, populate?: string[]): Promise<AdminAccount | null>;
  updateById(id: number, attributes: Record<string, unknown>): Promise<AdminAccount | null>;
}

interface RoleService {
  findOne(params: { code: string }): Promise<{ id: number; code: string } | null>;
}

type SessionManager = (origin: string) => { invalidateRefreshToken(userId: string): Promise<void> };

export const adminUsers = (strapi: Core.Strapi): AdminUserService => strapi.service('admin::user') as unknown as AdminUserService;

export const isSuperAdmin = (account: AdminAccount): boolean => (account.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE);

/** Ids of the admin roles with these codes; a missing role is a server fault, not the caller's. */
export async function roleIdsOf(strapi: Core.Strapi, codes: string[]): Promise<number[]> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const ids: number[] = [];
  for (const code of codes) {
    const role = await roles.findOne({ code });
    if (!role) throw new errors.ApplicationError(`Không tìm thấy vai trò quản trị “${code}”: các vai trò của xã chưa được tạo.`);
    ids.push(role.id);
  }
  return ids;
}

/** A registration token like the ones Strapi's own invitations carry. */
export const newRegistrationToken = (): string => randomBytes(20).toString('hex');

/** Ends every session of the user, so a reset account cannot keep working with an old login. */
export async function endSessions(strapi: Core.Strapi, userId: number): Promise<void> {
  const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
  if (manager) await manager('admin').invalidateRefreshToken(String(userId));
}

/**
 * The page where the invited person sets their password: the admin panel's registration page.
 * `admin.absoluteUrl` is the configured admin URL when it is absolute, otherwise the server's
 * public URL (or host and port) followed by the admin path.
 */
export function invitationUrl(strapi: Core.Strapi, registrationToken: string): string {
  const admin = new URL(String(strapi.config.get('admin.absoluteUrl')));
  // Without PUBLIC_URL a server listening on every interface would give a link nobody can open.
  if (admin.hostname === '0.0.0.0' || admin.hostname === '[::]') admin.hostname = 'localhost';
  const base = admin.toString().replace(/\/+$/, '');
  return `${base}/auth/register?registrationToken=${encodeURIComponent(registrationToken)}`;
}

/**
 * A 403 with its (Vietnamese) message. Strapi's authorize middleware replaces any ForbiddenError
 * thrown behind it with a bare "Forbidden", except PolicyError, whose message it keeps.
 */
export const forbidden = (message: string): Error => new errors.PolicyError(message);
