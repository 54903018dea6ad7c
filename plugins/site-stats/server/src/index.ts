import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * site-stats: the sites' visit counter and search insight. Their tables come from
 * database/migrations (0005_site_visits.sql, 0012_search_insight.sql), not from content types:
 * nobody edits these figures.
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
