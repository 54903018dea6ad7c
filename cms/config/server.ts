import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  app: { keys: env.array('APP_KEYS', []) },
  // No update checks: servers run without internet access, and upgrades are planned, not prompted.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
  // Cron is used by later features (scheduled publishing); harmless when no task is registered.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});

export default config;
