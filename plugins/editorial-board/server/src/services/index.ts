import authority from './authority';
import queues from './queues';
import store from './store';
import workflows from './workflows';

export default { authority, queues, store, workflows };
