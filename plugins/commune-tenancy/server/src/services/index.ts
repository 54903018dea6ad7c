import communes from './communes';
import roles from './roles';

export default { communes, roles };
