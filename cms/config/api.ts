import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: {
    defaultLimit: env.int('API_DEFAULT_LIMIT', 20),
    maxLimit: env.int('API_MAX_LIMIT', 100),
    withCount: true,
  },
});

export default config;
