import passwordGuard from '../password/password-guard';
import reauthGuard from '../reauth/reauth-guard';
import loginGuard from '../throttle/login-guard';

export default { 'login-guard': loginGuard, 'password-guard': passwordGuard, 'reauth-guard': reauthGuard };
