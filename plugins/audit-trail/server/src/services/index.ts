import access from './access';
import trail from './trail';

export default { access, trail };
