import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import { deriveKeys } from './domain/secret-box';
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
    // Fail closed: without the key no secret could be stored or read.
    deriveKeys(strapi.config.get<string>('admin.secrets.encryptionKey', ''));
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
