import visits from './visits';

export default { visits };
