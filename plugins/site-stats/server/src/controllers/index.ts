import searches from './searches';
import visits from './visits';

export default { visits, searches };
