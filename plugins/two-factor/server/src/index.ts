import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import { interceptLogin } from './login-interception';
import policies from './policies';
import routes from './routes';
import services from './services';
import { sessionGuard } from './session-guard';

/**
 * two-factor: a TOTP code after the password for admin accounts (issue 13). Tables come from
 * database/migrations/0010_two_factor.sql. README, "Two-step sign-in".
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // The key is derived on first use (deriveKeys fails closed without ENCRYPTION_KEY), not here:
    // `strapi ts:generate-types` loads the app without secrets.
    interceptLogin(strapi);
    strapi.server.use(sessionGuard(strapi));
  },
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator() {} },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies,
  middlewares: {},
};
