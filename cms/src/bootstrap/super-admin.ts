import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';

interface AdminRole {
  id: number;
}

/**
 * On the very first start there is no administrator: create the province IT super admin from
 * ADMIN_EMAIL / ADMIN_PASSWORD, or generate a password. A generated password is written once to
 * FIRST_ADMIN_CREDENTIALS_FILE (mode 0600) for the launcher to print; without that file it is
 * never shown (a password must not sit in a log) and the log says how to set one.
 */
export async function ensureSuperAdmin(strapi: Core.Strapi): Promise<void> {
  const existing = await strapi.db.query('admin::user').count();
  if (existing > 0) return;

  const email = (process.env.ADMIN_EMAIL ?? 'admin@example.gov.vn').trim().toLowerCase();
  const given = process.env.ADMIN_PASSWORD;
  // Strapi's policy: at least 8 characters with a lower-case letter, an upper-case letter and a digit.
  const password = given && given.length > 0 ? given : `Xa-${randomBytes(12).toString('base64url')}9a`;

  const superAdminRole = (await strapi.service('admin::role').getSuperAdmin()) as AdminRole | null;
  if (!superAdminRole) throw new Error('The Super Admin role is missing; Strapi did not finish its own bootstrap.');

  await strapi.service('admin::user').create({
    email,
    firstname: 'Quản trị',
    lastname: 'tỉnh',
    password,
    isActive: true,
    roles: [superAdminRole.id],
    registrationToken: null,
  });

  if (given) {
    strapi.log.info(`Created the super admin ${email} from ADMIN_EMAIL / ADMIN_PASSWORD.`);
    return;
  }
  const file = process.env.FIRST_ADMIN_CREDENTIALS_FILE;
  if (file) {
    writeFileSync(file, JSON.stringify({ email, password }), { mode: 0o600 });
    strapi.log.info(`Created the super admin ${email}; its generated password is printed by the launcher.`);
  } else {
    strapi.log.warn(
      `Created the super admin ${email} with a random password that is not shown. Set one with ` +
        `\`npx strapi admin:reset-user-password --email ${email}\` in cms/, or start with ADMIN_PASSWORD set.`,
    );
  }
}
