import communes from './communes';
import memberships from './memberships';
import roles from './roles';

export default { communes, memberships, roles };
