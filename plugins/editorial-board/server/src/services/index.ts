import authority from './authority';
import queues from './queues';
import reports from './reports';
import store from './store';
import workflows from './workflows';

export default { authority, queues, reports, store, workflows };
