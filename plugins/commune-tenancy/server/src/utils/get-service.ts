import type { Core } from '@strapi/strapi';
import type { CommunesService } from '../services/communes';
import type { MembershipsService } from '../services/memberships';
import type { RolesService } from '../services/roles';

interface Services {
  communes: CommunesService;
  memberships: MembershipsService;
  roles: RolesService;
}

/** Typed access to this plugin's services. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('commune-tenancy').service(name) as Services[K];
}
