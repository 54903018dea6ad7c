/**
 * The trail's two admin permissions, and the commune admin role's grant of the first.
 * - `plugin::audit-trail.read` shows the page's menu link. Given to the commune admin role
 *   (every start, after commune-tenancy has re-synced its roles); the rows shown are still decided
 *   per commune by the membership (reading/access.ts).
 * - `plugin::audit-trail.read-all` makes a role read every commune: province IT gives it to its
 *   own staff's role in Settings → Roles. The super admin has both.
 */
import type { Core } from '@strapi/strapi';
import { READ_ACTION } from './reading/access';

const COMMUNE_ADMIN_ROLE = 'commune-admin';

interface ActionProvider {
  registerMany(actions: Array<{ section: string; displayName: string; uid: string; pluginName: string }>): Promise<void>;
}

export async function registerPermissions(strapi: Core.Strapi): Promise<void> {
  const provider = (strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider }).actionProvider;
  await provider.registerMany([
    { section: 'plugins', displayName: 'Xem nhật ký hoạt động (xã mình quản trị)', uid: 'read', pluginName: 'audit-trail' },
    { section: 'plugins', displayName: 'Xem nhật ký hoạt động của mọi xã', uid: 'read-all', pluginName: 'audit-trail' },
  ]);
}

/** Gives the commune admin role the page (idempotent). */
export async function grantCommuneAdmins(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: COMMUNE_ADMIN_ROLE }, select: ['id'] })) as { id: number } | null;
  if (!role) return;
  const existing = await strapi.db.query('admin::permission').count({ where: { action: READ_ACTION, role: { id: role.id } } });
  if (existing > 0) return;
  await strapi.db.query('admin::permission').create({ data: { action: READ_ACTION, actionParameters: {}, subject: null, properties: {}, conditions: [], role: role.id } });
}
