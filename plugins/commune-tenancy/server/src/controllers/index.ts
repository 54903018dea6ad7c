import commune from './commune';

export default { commune };
