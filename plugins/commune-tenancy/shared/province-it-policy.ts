/**
 * "Province IT only" for routes, written once: Strapi's super admin role is province IT in this
 * product. Server-only (it throws Strapi's PolicyError), so it is not re-exported from
 * shared/index.ts, which the admin panel's bundle imports.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Strapi's own code for the super admin role: province IT. */
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

interface PolicyContext {
  state?: { user?: { roles?: Array<{ code?: string }> } };
}

/**
 * A route policy letting only province IT through. Others get a PolicyError: the one 403 whose
 * message Strapi passes on to the admin panel, so `message` is what the person reads (Vietnamese).
 */
export function provinceItOnly(message: string): Core.PolicyHandler {
  return (policyContext) => {
    const roles = (policyContext as PolicyContext).state?.user?.roles ?? [];
    if (roles.some((role) => role.code === SUPER_ADMIN_ROLE)) return true;
    throw new errors.PolicyError(message);
  };
}
