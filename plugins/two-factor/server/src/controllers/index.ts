import challenge from './challenge';
import me from './me';
import province from './province';

export default { challenge, me, province };
