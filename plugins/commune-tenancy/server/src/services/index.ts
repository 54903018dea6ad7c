import communes from './communes';
import invitations from './invitations';
import memberships from './memberships';
import myCommunes from './my-communes';
import provisioning from './provisioning';
import roles from './roles';
import site from './site';

export default { communes, invitations, memberships, 'my-communes': myCommunes, provisioning, roles, site };
