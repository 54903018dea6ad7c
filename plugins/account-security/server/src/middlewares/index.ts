import passwordGuard from '../password/password-guard';
import loginGuard from '../throttle/login-guard';

export default { 'login-guard': loginGuard, 'password-guard': passwordGuard };
