/**
 * Content-API token rows read and deleted directly: Strapi's token service has no "find by rule"
 * and its revoke leaves the token's permission rows behind. Rows created before Strapi had token
 * kinds have no kind; they are content-API tokens too.
 */
import type { Core } from '@strapi/strapi';

export interface TokenRow {
  id: number;
  name: string;
  type: string | null;
  expiresAt: string | null;
  createdAt: string;
}

const CONTENT_API = { $or: [{ kind: 'content-api' }, { kind: { $null: true } }] };

export async function findContentApiTokens(strapi: Core.Strapi, where: Record<string, unknown>): Promise<TokenRow[]> {
  return (await strapi.db.query('admin::api-token').findMany({
    select: ['id', 'name', 'type', 'expiresAt', 'createdAt'],
    where: { $and: [CONTENT_API, where] },
    orderBy: { id: 'asc' },
  })) as TokenRow[];
}

/** Deletes a token and its permissions: from then on its secret is answered 401. */
export async function deleteContentApiToken(strapi: Core.Strapi, id: number): Promise<void> {
  await strapi.db.query('admin::api-token-permission').deleteMany({ where: { token: { id } } });
  await strapi.db.query('admin::api-token').delete({ where: { id } });
}
