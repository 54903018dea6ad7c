import throttle from '../throttle/store';

export default { throttle };
