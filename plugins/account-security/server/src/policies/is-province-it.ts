import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/** Strapi's own code for the super admin role: province IT in this product. */
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Province IT only: unlocking accounts is theirs. A PolicyError is a 403 with this message. */
const isProvinceIt: Core.PolicyHandler = (policyContext) => {
  const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return true;
  throw new errors.PolicyError('Chỉ quản trị tỉnh được mở khóa tài khoản.');
};

export default isProvinceIt;
