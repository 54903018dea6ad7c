import commune from './commune';
import membership from './membership';

export default { commune, membership };
