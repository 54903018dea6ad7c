import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * site-stats: the sites' visit counter. Its tables come from database/migrations
 * (0005_site_visits.sql), not from content types: nobody edits these figures.
 */
export default {
  register() {},
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator() {} },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies: {},
  middlewares: {},
};
