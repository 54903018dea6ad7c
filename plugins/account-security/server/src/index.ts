import type { Core } from '@strapi/strapi';
import { guardAdminRoutes } from './admin-routes';
import { DEFAULT_CONFIG, validateConfig } from './config';
import controllers from './controllers';
import middlewares from './middlewares';
import policies from './policies';
import routes from './routes';
import services from './services';
import { installCredentialCheck } from './throttle/credential-check';

/**
 * account-security: admin sign-in throttling kept in PostgreSQL (shared by every CMS process),
 * account locks with a notice to the owner, the password policy on every route that sets a
 * password. Its table comes from database/migrations (0010_account_security.sql). Session
 * lifetimes are Strapi's own settings, in cms/config/admin.ts.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardAdminRoutes(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await installCredentialCheck(strapi);
  },
  destroy() {},
  config: { default: DEFAULT_CONFIG, validator: validateConfig },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies,
  middlewares,
};
