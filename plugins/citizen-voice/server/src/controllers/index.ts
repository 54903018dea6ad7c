import inbox from './inbox';
import voice from './voice';

export default { voice, inbox };
