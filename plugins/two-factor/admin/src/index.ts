import { DesignSystemProvider, lightTheme } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { SignInStep } from './components/SignInStep';
import { installLoginInterceptor } from './login-interceptor';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Đăng nhập hai bước' });
    // Before any page runs: the login page's request must be watched from its first submit.
    installLoginInterceptor();

    // Everyone's own factor (and, for province IT, the platform rule): Settings → Đăng nhập hai bước.
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Bảo mật' } },
      {
        id: 'two-factor',
        to: PLUGIN_ID,
        intlLabel: { id: `${PLUGIN_ID}.settings.link`, defaultMessage: 'Đăng nhập hai bước' },
        permissions: [],
        Component: () => import('./pages/SettingsPage').then((module) => ({ default: module.SettingsPage })),
      },
    );
  },

  bootstrap() {
    // The sign-in step lives outside Strapi's router (its auth routes cannot be extended), in its
    // own root with the design system's theme; it shows only when a challenge is announced.
    const host = document.createElement('div');
    host.id = 'two-factor-sign-in';
    document.body.appendChild(host);
    createRoot(host).render(
      React.createElement(DesignSystemProvider, { locale: 'vi', theme: lightTheme }, React.createElement(SignInStep)),
    );
  },

  async registerTrads({ locales }: { locales: string[] }) {
    const messages: Record<string, string> = {
      [`${PLUGIN_ID}.settings.section`]: 'Bảo mật',
      [`${PLUGIN_ID}.settings.link`]: 'Đăng nhập hai bước',
    };
    const english: Record<string, string> = {
      [`${PLUGIN_ID}.settings.section`]: 'Security',
      [`${PLUGIN_ID}.settings.link`]: 'Two-step sign-in',
    };
    return locales.map((locale) => ({ locale, data: locale === 'en' ? english : messages }));
  },
};
