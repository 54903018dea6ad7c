import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * commune-tenancy: communes as tenants. This first version owns the commune
 * content type and host resolution; the isolation guard is registered here later.
 */
export default {
  register() {},
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
