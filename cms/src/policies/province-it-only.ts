import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/** Strapi's own code for the super admin role: province IT in this product. */
const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/**
 * Province IT (the super admin) only, for Strapi routes that change what every commune sees but
 * check no permission of their own (extensions/route-rules.ts). A PolicyError is the 403 whose
 * message Strapi passes on to the admin panel.
 */
const provinceItOnly: Core.PolicyHandler = (policyContext) => {
  const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
  if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return true;
  throw new errors.PolicyError('Chỉ quản trị tỉnh được thực hiện thao tác này.');
};

export default provinceItOnly;
