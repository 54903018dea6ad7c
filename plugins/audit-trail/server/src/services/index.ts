import trail from './trail';

export default { trail };
