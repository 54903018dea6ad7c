import communes from './communes';

export default { communes };
