import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SUPER_ADMIN_ROLE } from '../guard/actor';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/**
 * Province IT (the super admin) only: communes and memberships are not a commune's business.
 * Refuses with a PolicyError, the one 403 whose message Strapi passes on to the admin panel.
 */
const isProvinceIt: Core.PolicyHandler = (policyContext) => {
  const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return true;
  throw new errors.PolicyError('Chỉ quản trị tỉnh được quản lý xã, phường và tài khoản.');
};

export default isProvinceIt;
