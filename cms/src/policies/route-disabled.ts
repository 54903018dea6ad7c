import { errors } from '@strapi/utils';

/**
 * A Strapi route this product does not use answers 404 to everyone, super admin included
 * (see extensions/route-rules.ts for which routes and why).
 */
const routeDisabled = (): never => {
  throw new errors.NotFoundError('Not Found');
};

export default routeDisabled;
