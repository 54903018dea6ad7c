import type { Core } from '@strapi/strapi';

/** Log level from STRAPI_LOG_LEVEL (error, warn, info, http, verbose, debug); tests use warn. */
const config = ({ env }: Core.Config.Shared.ConfigParams): { level: string } => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});

export default config;
