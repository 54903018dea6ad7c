import type { Core } from '@strapi/strapi';
import { grantRoles } from '../permissions';

/**
 * The trail's permissions as a service, for the app's bootstrap: it re-syncs the commune roles
 * after plugins have started (cms/src/index.ts) and must then give the commune admin role the
 * trail's page again.
 */
const access = ({ strapi }: { strapi: Core.Strapi }) => ({
  grantRoles: (): Promise<void> => grantRoles(strapi),
});

export type AccessService = ReturnType<typeof access>;
export default access;
