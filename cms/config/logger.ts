import type { Core } from '@strapi/strapi';
import { winston } from '@strapi/logger';
import { logRecord, type LogInfo } from '../src/domain/log-record';

/**
 * Log level from STRAPI_LOG_LEVEL (error, warn, info, http, verbose, debug); tests use warn.
 *
 * In production (NODE_ENV=production) every line is one JSON object (src/domain/log-record.ts:
 * time, level, message, and for requests the request id, user id, client address, method, route,
 * status and duration), secrets redacted, for the log collector. Elsewhere Strapi's readable
 * format stays: `[time] http: GET /admin/init (3 ms) 200`.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): { level: string; format?: ReturnType<typeof winston.format.printf> } => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
  ...(env('NODE_ENV', 'development') === 'production'
    ? {
        format: winston.format.combine(
          winston.format.errors({ stack: false }),
          winston.format.printf((info) => logRecord(info as LogInfo)),
        ) as ReturnType<typeof winston.format.printf>,
      }
    : {}),
});

export default config;
