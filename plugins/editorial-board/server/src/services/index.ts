import authority from './authority';
import changeLog from './change-log';
import preview from './preview';
import publication from './publication';
import queues from './queues';
import reports from './reports';
import store from './store';
import workflows from './workflows';

export default { authority, 'change-log': changeLog, preview, publication, queues, reports, store, workflows };
