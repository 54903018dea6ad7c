import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import type { TriggersService } from './services/triggers';

/**
 * site-cache: tells the public site's processes when a commune's site changed, so they can
 * purge its cached pages. Its table and trigger function come from database/migrations
 * (0006_site_content_versions.sql); the triggers are attached here, after Strapi has created
 * the content tables.
 */
export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.plugin('site-cache').service('triggers') as TriggersService).install();
  },
  destroy() {},
  config: { default: {}, validator() {} },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies: {},
  middlewares: {},
};
