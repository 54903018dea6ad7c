import path from 'node:path';
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'commune-tenancy': {
    enabled: true,
    // Resolved through the npm workspace; the plugin is built before Strapi starts.
    resolve: path.dirname(require.resolve('@commune/commune-tenancy/package.json')),
  },
  'editorial-board': {
    enabled: true,
    resolve: path.dirname(require.resolve('@commune/editorial-board/package.json')),
    config: {
      // How often approved items due for publishing are published (0 turns scheduling off).
      scheduleIntervalMs: env.int('EDITORIAL_SCHEDULE_INTERVAL_MS', 30_000),
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
    },
  },
});

export default config;
