import type { Core } from '@strapi/strapi';
import type { AddCommuneRequest } from '@commune/commune-tenancy/shared';
import { addCommuneFromAdmin, type AdminProvisionOutcome } from '../../scripts/provision/from-admin';

/** The part of the commune-tenancy plugin's provisioning service the application calls. */
interface ProvisioningService {
  use(provisioner: (request: AddCommuneRequest) => Promise<AdminProvisionOutcome>): void;
}

/**
 * "Thêm xã, phường" on the settings page runs the command line's provisioning
 * (cms/scripts/provision): the plugin owns the route and the form, the application what a
 * new commune contains.
 */
export function registerCommuneProvisioner(strapi: Core.Strapi): void {
  const service = strapi.plugin('commune-tenancy').service('provisioning') as ProvisioningService;
  service.use((request) => addCommuneFromAdmin(strapi, request));
}
