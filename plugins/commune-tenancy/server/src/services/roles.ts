import type { Core } from '@strapi/strapi';
import { syncCommuneRoles } from '../guard/roles';

/** The commune roles; `sync` must run after Strapi's admin bootstrap (actions registered). */
const roles = ({ strapi }: { strapi: Core.Strapi }) => ({
  sync: (): Promise<void> => syncCommuneRoles(strapi),
});

export default roles;
export type RolesService = ReturnType<typeof roles>;
