/**
 * The public site's API token (the Nuxt BFF's): its name and exactly what it may do. The seed
 * creates it (and writes its secret for the launcher); every start brings its permissions back to
 * this list, so an installation seeded before a feature was added gets the feature's permission.
 */
import type { Core } from '@strapi/strapi';
import { ungovernedReadTypes } from '@commune/commune-tenancy/shared';

export const PUBLIC_TOKEN_NAME = 'Trang công khai (chỉ đọc)';

const READ_TYPES = ['article', 'document', 'procedure', 'page', 'category', 'official', 'contact', 'site-setting'];

export const PUBLIC_TOKEN_PERMISSIONS = [
  ...READ_TYPES.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  'plugin::commune-tenancy.commune.find',
  'plugin::commune-tenancy.commune.resolve',
  'plugin::portal-search.search.find',
  'plugin::portal-search.search.documents',
  'plugin::site-stats.visits.totals',
  'plugin::site-cache.versions.list',
  // The token's one write: the site's server counts visits through it. It can only add a
  // visitor hash to the commune the site names, never read or change content.
  'plugin::site-stats.visits.record',
];

interface TokenService {
  getByName(name: string): Promise<{ id: number; permissions?: Array<string | { action: string }> } | null>;
  update(id: number, attributes: { permissions: string[] }): Promise<unknown>;
}

/**
 * What the site reads reaches it only under the board or the head (commune-tenancy's site
 * governance table): Strapi does not start while this token may read a type the table lacks.
 */
export function assertPublicTypesGoverned(registeredTypes: readonly string[], permissions: readonly string[] = PUBLIC_TOKEN_PERMISSIONS): void {
  const ungoverned = ungovernedReadTypes(permissions, registeredTypes);
  if (ungoverned.length > 0) {
    throw new Error(
      `The public site's token reads ${ungoverned.join(', ')}, which the site governance table (plugins/commune-tenancy/shared/site-governance.ts) does not list: ` +
        "give each a row ('board', 'head-and-admin' or 'province') before the site may show it.",
    );
  }
}

/** Brings an existing public token's permissions to the list above (nothing to do before the seed made it). */
export async function syncPublicTokenPermissions(strapi: Core.Strapi): Promise<void> {
  assertPublicTypesGoverned(Object.keys(strapi.contentTypes));
  const service = strapi.service('admin::api-token') as unknown as TokenService;
  const token = await service.getByName(PUBLIC_TOKEN_NAME);
  if (!token) return;
  const current = new Set((token.permissions ?? []).map((permission) => (typeof permission === 'string' ? permission : permission.action)));
  const same = current.size === PUBLIC_TOKEN_PERMISSIONS.length && PUBLIC_TOKEN_PERMISSIONS.every((permission) => current.has(permission));
  if (!same) await service.update(token.id, { permissions: PUBLIC_TOKEN_PERMISSIONS });
}
