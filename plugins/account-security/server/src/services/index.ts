import confirmations from '../reauth/confirmations';
import throttle from '../throttle/store';

export default { throttle, confirmations };
