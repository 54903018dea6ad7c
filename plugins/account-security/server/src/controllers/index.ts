import confirm from './confirm';
import locks from './locks';

export default { locks, confirm };
