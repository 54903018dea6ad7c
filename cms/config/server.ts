import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Koa believes X-Forwarded-* only behind our own proxies: TRUSTED_PROXIES lists them, and the
  // global::trusted-proxy middleware removes those headers from every other peer.
  proxy: { koa: env('TRUSTED_PROXIES', '').trim() !== '' },
  app: { keys: env.array('APP_KEYS', []) },
  // No update checks: servers run without internet access, and upgrades are planned, not prompted.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
  // Strapi's remote data transfer (push or pull the whole database with a transfer token) is
  // off: backups and restores are the platform's own, and one token would copy every commune.
  transfer: { remote: { enabled: false } },
  // Cron is used by later features (scheduled publishing); harmless when no task is registered.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});

export default config;
