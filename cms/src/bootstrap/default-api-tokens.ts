/**
 * Strapi's admin bootstrap creates two API tokens on a database without admin users and tokens
 * (our very first start, the seed's included): "Read Only" (every find and findOne) and "Full
 * Access" (everything the content API can do), both without expiry — see
 * createDefaultAPITokensIfNeeded in @strapi/admin's server bootstrap. Strapi has no switch for
 * this, and the product uses neither: the public sites read with their own token. So every start
 * deletes them, after Strapi's bootstrap and before the server listens, and says so in the log;
 * an installation that got them before this existed loses them at its next start.
 */
import type { Core } from '@strapi/strapi';
import { deleteContentApiToken, findContentApiTokens } from './api-token-rows';

/** Name and type of each default token (DEFAULT_API_TOKENS in @strapi/admin's services/constants). */
export const STRAPI_DEFAULT_API_TOKENS = [
  { name: 'Read Only', type: 'read-only' },
  { name: 'Full Access', type: 'full-access' },
] as const;

export async function removeDefaultApiTokens(strapi: Core.Strapi): Promise<string[]> {
  const rows = await findContentApiTokens(strapi, { $or: STRAPI_DEFAULT_API_TOKENS.map(({ name, type }) => ({ name, type })) });
  for (const row of rows) {
    await deleteContentApiToken(strapi, row.id);
    strapi.log.warn(
      `Deleted Strapi's default API token "${row.name}" (${row.type}, created ${row.createdAt}): the product uses only its own, expiring tokens.`,
    );
  }
  return rows.map((row) => row.name);
}
