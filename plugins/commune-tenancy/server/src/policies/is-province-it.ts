import type { Core } from '@strapi/strapi';
import { SUPER_ADMIN_ROLE } from '../guard/actor';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/** Province IT (the super admin) only: communes and memberships are not a commune's business. */
const isProvinceIt: Core.PolicyHandler = (policyContext) => {
  const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
  return roles.some((role) => role.code === SUPER_ADMIN_ROLE);
};

export default isProvinceIt;
