/**
 * The commune switcher, server side: which communes the logged-in admin user works in, and
 * which of them is selected. The tenancy guard sends the new entries and uploads of a user with
 * several communes to the selected one (guard/actor.ts, defaultCommuneFor).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MyCommune, MyCommunes } from '../../../shared';
import { PROVINCE_VIEWER_ROLE, SUPER_ADMIN_ROLE } from '../guard/actor';
import { forbidden } from './admin-accounts';
import { COMMUNE_UID, MEMBERSHIP_UID } from '../../../shared';

export interface Caller {
  id: number;
  roles?: Array<{ code?: string }>;
}

export interface MembershipRow {
  id: number;
  selected: boolean | null;
  commune: (MyCommune & { id: number; siteStatus: string }) | null;
}

const worksEverywhere = (caller: Caller): boolean =>
  (caller.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE || role.code === PROVINCE_VIEWER_ROLE);

const myCommunes = ({ strapi }: { strapi: Core.Strapi }) => ({
  async membershipsOf(userId: number): Promise<MembershipRow[]> {
    return (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { adminUserId: userId },
      select: ['id', 'selected'],
      populate: { commune: { select: ['id', 'documentId', 'name', 'slug', 'siteStatus'] } },
    })) as MembershipRow[];
  },

  /** The caller's active communes, the one they selected, and where their new entries go. */
  async of(caller: Caller): Promise<MyCommunes['data']> {
    const active = (await this.membershipsOf(caller.id)).filter((row) => row.commune?.siteStatus === 'active');
    const communes = new Map<string, MyCommune>();
    for (const row of active) {
      if (row.commune)
        communes.set(row.commune.documentId, { documentId: row.commune.documentId, name: row.commune.name, slug: row.commune.slug });
    }
    const list = [...communes.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const selected = active.find((row) => row.selected === true)?.commune?.documentId ?? null;
    const current = list.length === 1 ? (list[0]?.documentId ?? null) : selected;
    return { communes: list, selected, current, allCommunes: worksEverywhere(caller) };
  },

  /** Marks the caller's membership of this commune as selected, and none of their others. */
  async select(caller: Caller, communeDocumentId: string): Promise<MyCommunes['data']> {
    const commune = (await strapi.db
      .query(COMMUNE_UID)
      .findOne({ where: { documentId: communeDocumentId }, select: ['id', 'siteStatus'] })) as { id: number; siteStatus: string } | null;
    if (!commune) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
    const memberships = await this.membershipsOf(caller.id);
    const own = memberships.filter((row) => row.commune?.id === commune.id);
    if (own.length === 0) throw forbidden('Bạn không phải thành viên của xã, phường này.');
    if (commune.siteStatus !== 'active') throw forbidden('Trang của xã, phường này đang tạm ngừng.');
    await strapi.db.transaction(async () => {
      const others = memberships.filter((row) => row.commune?.id !== commune.id && row.selected === true).map((row) => row.id);
      if (others.length > 0)
        await strapi.db.query(MEMBERSHIP_UID).updateMany({ where: { id: { $in: others } }, data: { selected: false } });
      await strapi.db.query(MEMBERSHIP_UID).updateMany({ where: { id: { $in: own.map((row) => row.id) } }, data: { selected: true } });
    });
    return this.of(caller);
  },
});

export default myCommunes;
export type MyCommunesService = ReturnType<typeof myCommunes>;
