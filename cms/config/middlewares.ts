import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'global::request-log',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'global::upload-serving',
  'strapi::public',
];

export default config;
