import sessions from './sessions';
import store from './store';
import twoFactor from './two-factor';

export default { store, sessions, 'two-factor': twoFactor };
