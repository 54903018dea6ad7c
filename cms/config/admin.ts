import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/domain/preview-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', ''),
    // A government office's sessions: signed out after 2 hours without activity and 12 hours in
    // all, whatever "remember me" says (the login guard also turns it off, so the cookie ends with
    // the browser). Strapi's defaults were 14 days idle and 30 days in all with "remember me".
    sessions: {
      accessTokenLifespan: env.int('ADMIN_ACCESS_TOKEN_MINUTES', 30) * 60,
      idleSessionLifespan: env.int('ADMIN_SESSION_IDLE_MINUTES', 120) * 60,
      maxSessionLifespan: env.int('ADMIN_SESSION_MAX_HOURS', 12) * 3600,
      idleRefreshTokenLifespan: env.int('ADMIN_SESSION_IDLE_MINUTES', 120) * 60,
      maxRefreshTokenLifespan: env.int('ADMIN_SESSION_MAX_HOURS', 12) * 3600,
    },
  },
  // Strapi's login limiter counts in one process's memory, successes included; the
  // account-security plugin counts failures in PostgreSQL instead (plugins/account-security).
  rateLimit: { enabled: false },
  apiToken: { salt: env('API_TOKEN_SALT', '') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', '') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', '') },
  flags: { nps: false, promoteEE: false },
  // "Xem trước": the edit view shows the draft as the commune's real site renders it, through a
  // signed, short-lived link (README "Preview"; plugins/editorial-board services/preview.ts).
  preview: previewConfig(env('PREVIEW_SITE_ORIGIN', 'https://{domain}')),
  // Editors work on the built admin; never phone home for updates.
  autoOpen: false,
  watchIgnoreFiles: ['**/scripts/**', '**/database/**'],
});

export default config;
