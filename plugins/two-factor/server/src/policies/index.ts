import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SUPER_ADMIN_ROLE } from '../services/two-factor';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/**
 * Province IT (the super admin) only. A PolicyError: the one 403 whose message Strapi passes on
 * to the admin panel.
 */
const isProvinceIt: Core.PolicyHandler = (policyContext) => {
  const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return true;
  throw new errors.PolicyError('Chỉ quản trị tỉnh được thay đổi đăng nhập hai bước của người khác.');
};

export default { 'is-province-it': isProvinceIt };
