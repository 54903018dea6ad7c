import path from 'node:path';
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'commune-tenancy': {
    enabled: true,
    // Resolved through the npm workspace; the plugin is built before Strapi starts.
    resolve: path.dirname(require.resolve('@commune/commune-tenancy/package.json')),
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
    },
  },
});

export default config;
