import locks from './locks';

export default { locks };
