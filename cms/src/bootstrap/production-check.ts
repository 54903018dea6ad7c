/**
 * With NODE_ENV=production the CMS refuses to start on a weak secret (domain/production-secrets.ts).
 * Called first in bootstrap: `strapi ts:generate-types` and builds load the configuration and
 * run `register` without any secret, and must keep working.
 */
import type { Core } from '@strapi/strapi';
import { productionSecretProblems, REQUIRED_SECRETS } from '../domain/production-secrets';

export function assertProductionSecrets(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  // JWT_SECRET signs end-user tokens, needed only while the users-permissions plugin runs.
  const required = [...REQUIRED_SECRETS, ...(strapi.plugin('users-permissions') ? ['JWT_SECRET'] : [])];
  const problems = productionSecretProblems(env, required);
  if (problems.length === 0) return;
  throw new Error(
    `Refusing to start in production: ${problems.join('; ')}. ` +
      'Give each secret its own random value of at least 32 bytes (openssl rand -base64 32); see config/.env.example.',
  );
}
