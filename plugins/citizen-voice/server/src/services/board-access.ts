/**
 * Who may open a commune's inbox: the members of its editorial board (head, deputy, member) while
 * the commune is active. Contributors, other communes' people and province IT are refused: the
 * inbox holds citizens' contact data, which only the commune's board may read.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { InboxPerson } from '../../../shared';
import { COMMUNE_UID, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';

const BOARD = ['head', 'deputy', 'member'] as const;
type BoardSeat = (typeof BOARD)[number];

export interface BoardCommune {
  id: number;
  documentId: string;
  name: string;
  role: BoardSeat;
}

/** "Hoàng Văn Cường": family and middle names (lastname) first, as Vietnamese names are written. */
export function personName(user: { firstname?: string | null; lastname?: string | null; email?: string | null }): string {
  const name = [user.lastname, user.firstname]
    .filter((part) => part && part.trim() !== '')
    .join(' ')
    .trim();
  return name || user.email || 'Không rõ tên';
}

export async function boardCommune(strapi: Core.Strapi, userId: number, communeDocumentId: unknown): Promise<BoardCommune> {
  if (typeof communeDocumentId !== 'string' || communeDocumentId === '' || communeDocumentId.length > 64) {
    throw new errors.ValidationError('Hãy chọn xã, phường (tham số commune).');
  }
  const commune = (await strapi.db
    .query(COMMUNE_UID)
    .findOne({ where: { documentId: communeDocumentId }, select: ['id', 'documentId', 'name', 'siteStatus'] })) as {
    id: number;
    documentId: string;
    name: string;
    siteStatus: string;
  } | null;
  if (!commune) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
  const membership = (await strapi.db
    .query(MEMBERSHIP_UID)
    .findOne({ where: { adminUserId: userId, commune: { id: commune.id } }, select: ['boardRole'] })) as {
    boardRole?: string;
  } | null;
  const role = membership?.boardRole;
  // PolicyError: Strapi replaces any other ForbiddenError's message with a bare English "Forbidden".
  if (!role || !(BOARD as readonly string[]).includes(role)) {
    throw new errors.PolicyError('Chỉ Ban biên tập của xã, phường được xem hộp thư người dân.');
  }
  if (commune.siteStatus !== 'active') throw new errors.PolicyError('Trang của xã, phường này đang tạm ngừng.');
  return { id: commune.id, documentId: commune.documentId, name: commune.name, role: role as BoardSeat };
}

/** The board members of a commune questions can be assigned to, by name. */
export async function assigneesOf(strapi: Core.Strapi, communeId: number): Promise<InboxPerson[]> {
  const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { commune: { id: communeId }, boardRole: { $in: [...BOARD] } },
    select: ['adminUserId'],
  })) as Array<{ adminUserId: number }>;
  const ids = [...new Set(memberships.map((row) => row.adminUserId))];
  if (ids.length === 0) return [];
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: ids }, blocked: false },
    select: ['id', 'firstname', 'lastname', 'email'],
  })) as Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }>;
  return users.map((user) => ({ id: user.id, name: personName(user) })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
