import type { StrapiApp } from '@strapi/strapi/admin';
import { installPasswordConfirmation } from './confirm-password';

/** account-security in the admin panel: the password dialog of sensitive actions. */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: 'account-security', name: 'An toàn tài khoản' });
    installPasswordConfirmation();
  },
};
