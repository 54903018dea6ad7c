import communes from './communes';
import invitations from './invitations';
import memberships from './memberships';
import myCommunes from './my-communes';
import roles from './roles';

export default { communes, invitations, memberships, 'my-communes': myCommunes, roles };
