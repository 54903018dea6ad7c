/**
 * The trail's two admin permissions, and who is given them at every start.
 * - `plugin::audit-trail.read` shows the page's menu link. Given to the commune admin role at
 *   every start — by this plugin's bootstrap and again by the app's, right after commune-tenancy
 *   re-syncs the roles (which removes any permission not in its table); the rows shown are still
 *   decided per commune by the membership (reading/access.ts).
 * - `plugin::audit-trail.read-all` makes a role read every commune: province IT gives it to its
 *   own staff's role in Settings → Roles. The super admin has both.
 */
import type { Core } from '@strapi/strapi';
import { READ_ACTION, READ_ALL_ACTION, SUPER_ADMIN_ROLE } from './reading/access';

/**
 * Who gets which action at every start. The super admin's role is in the list because Strapi
 * syncs it with every action before plugins' bootstraps register theirs: without this it would
 * see the page only after a second start.
 */
const GRANTS: Array<{ role: string; actions: string[] }> = [
  { role: SUPER_ADMIN_ROLE, actions: [READ_ACTION, READ_ALL_ACTION] },
  { role: 'commune-admin', actions: [READ_ACTION] },
];

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

/** Gives the roles above their actions (idempotent). */
export async function grantRoles(strapi: Core.Strapi): Promise<void> {
  for (const { role: code, actions } of GRANTS) {
    const role = (await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] })) as { id: number } | null;
    if (!role) continue;
    for (const action of actions) {
      const existing = await strapi.db.query('admin::permission').count({ where: { action, role: { id: role.id } } });
      if (existing > 0) continue;
      await strapi.db
        .query('admin::permission')
        .create({ data: { action, actionParameters: {}, subject: null, properties: {}, conditions: [], role: role.id } });
    }
  }
}
