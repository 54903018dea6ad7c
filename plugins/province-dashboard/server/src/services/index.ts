import dashboard from './dashboard';
import sources from './sources';

export default { dashboard, sources };
