import triggers from './triggers';
import versions from './versions';

export default { triggers, versions };
