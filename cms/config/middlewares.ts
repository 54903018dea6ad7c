import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';
import { mediaStorageFromEnv } from '../src/domain/media-storage';

/**
 * Strapi's security middleware. Media are served by the CMS itself (`/uploads/…`, 'self') from the
 * disk or the S3 bucket; only when S3_PUBLIC_URL puts a CDN in front of the bucket does the admin
 * load pictures and media from another origin, which the CSP then names (and nothing wider).
 */
function security(): string | { name: string; config: Record<string, unknown> } {
  const storage = mediaStorageFromEnv(process.env);
  if (storage.kind !== 's3' || storage.publicUrl === null) return 'strapi::security';
  const origin = new URL(storage.publicUrl).origin;
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          ...CSP_DEFAULTS,
          'img-src': [...CSP_DEFAULTS['img-src'], origin],
          'media-src': [...CSP_DEFAULTS['media-src'], origin],
          upgradeInsecureRequests: null,
        },
      },
    },
  };
}

/**
 * Origins allowed to call the admin API from a browser with credentials. The admin panel is
 * served by Strapi itself (same origin, no CORS needed), so by default no other origin is
 * allowed: a page on any other host — including every `*.<province>.gov.vn` site, which is
 * same-site with the CMS because gov.vn is a public suffix — gets no Access-Control-Allow-Origin.
 * ADMIN_CORS_ORIGINS adds exact origins (`https://cms.langson.gov.vn`), comma-separated.
 */
function allowedOrigins(env: Core.Config.Shared.ConfigParams['env']): string[] {
  const origins = new Set(
    env
      .array('ADMIN_CORS_ORIGINS', [])
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '' && origin !== '*'),
  );
  const publicUrl = env('PUBLIC_URL', '');
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  return [...origins];
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // First: decides which forwarded headers may be believed, before anything reads ctx.ip.
  { name: 'global::trusted-proxy', config: { proxies: env('TRUSTED_PROXIES', '') } },
  // One line per request (structured in production), only when asked: LOG_REQUESTS, on by
  // default in production, off for `npm start` / `npm run dev` unless LOG_REQUESTS=1.
  { name: 'global::request-log', config: { enabled: env.bool('LOG_REQUESTS', env('NODE_ENV', 'development') === 'production') } },
  // Outside the error handler, so it records the final status of every admin write and sign-in.
  'plugin::audit-trail.recorder',
  'strapi::errors',
  'global::http-methods',
  // The site's search routes, straight to their handler (authentication, policies, controller)
  // without the router's walk and without the middlewares below, which a search does not need
  // (plugins/portal-search/server/src/middlewares/direct-route.ts).
  'plugin::portal-search.direct-route',
  security(),
  { name: 'strapi::cors', config: { origin: allowedOrigins(env), credentials: true } },
  // No strapi::poweredBy: the server does not announce what it runs.
  'strapi::query',
  'strapi::body',
  // After the body parser: turns Strapi's crashes on malformed bodies into 400s.
  'global::malformed-input',
  'strapi::session',
  // Strapi requires it; it serves cms/favicon.png (without that file /favicon.ico was a 500).
  'strapi::favicon',
  'global::upload-serving',
  'strapi::public',
];

export default config;
