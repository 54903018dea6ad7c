import type { Core } from '@strapi/strapi';
import type { CommunesService } from '../services/communes';
import type { InvitationsService } from '../services/invitations';
import type { MembershipsService } from '../services/memberships';
import type { MyCommunesService } from '../services/my-communes';
import type { ProvisioningService } from '../services/provisioning';
import type { RolesService } from '../services/roles';
import type { SiteService } from '../services/site';

interface Services {
  communes: CommunesService;
  invitations: InvitationsService;
  memberships: MembershipsService;
  'my-communes': MyCommunesService;
  provisioning: ProvisioningService;
  roles: RolesService;
  site: SiteService;
}

/** Typed access to this plugin's services. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('commune-tenancy').service(name) as Services[K];
}
