import commune from './commune';
import communeAdmin from './commune-admin';
import invitation from './invitation';
import me from './me';
import membership from './membership';

export default { commune, 'commune-admin': communeAdmin, invitation, me, membership };
