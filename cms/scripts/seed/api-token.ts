/**
 * The public site (Nuxt BFF) reads Strapi with one read-only API token. Its secret is shown by
 * Strapi only when created or regenerated, so the seed writes it to PUBLIC_SITE_TOKEN_FILE
 * (mode 0600) for the launcher to hand to Nuxt.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';

export const PUBLIC_TOKEN_NAME = 'Trang công khai (chỉ đọc)';

const READ_TYPES = ['article', 'document', 'procedure', 'page', 'category', 'official', 'contact', 'site-setting'];

export const PUBLIC_TOKEN_PERMISSIONS = [
  ...READ_TYPES.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  'plugin::commune-tenancy.commune.find',
  'plugin::commune-tenancy.commune.resolve',
  'plugin::portal-search.search.find',
  'plugin::portal-search.search.documents',
  'plugin::site-stats.visits.totals',
  // The token's one write: the site's server counts visits through it. It can only add a
  // visitor hash to the commune the site names, never read or change content.
  'plugin::site-stats.visits.record',
];

interface ApiToken {
  id: number;
  accessKey?: string;
}

interface ApiTokenService {
  getByName(name: string): Promise<ApiToken | null>;
  create(attributes: { name: string; description: string; type: 'custom'; permissions: string[]; lifespan: null }): Promise<ApiToken>;
  regenerate(id: number): Promise<ApiToken>;
  update(id: number, attributes: { permissions: string[] }): Promise<ApiToken>;
}

/** Returns 'created', 'regenerated' or 'kept'. */
export async function ensurePublicSiteToken(strapi: Core.Strapi, tokenFile: string | undefined): Promise<'created' | 'regenerated' | 'kept'> {
  const service = strapi.service('admin::api-token') as ApiTokenService;
  const existing = await service.getByName(PUBLIC_TOKEN_NAME);
  if (existing) {
    // Keep its permissions current as content types are added.
    await service.update(existing.id, { permissions: PUBLIC_TOKEN_PERMISSIONS });
    if (!tokenFile || existsSync(tokenFile)) return 'kept';
    const regenerated = await service.regenerate(existing.id);
    writeToken(tokenFile, regenerated.accessKey);
    return 'regenerated';
  }
  const created = await service.create({
    name: PUBLIC_TOKEN_NAME,
    description: 'Dùng cho máy chủ trang công khai (Nuxt) đọc nội dung đã đăng. Không cấp cho người dùng.',
    type: 'custom',
    permissions: PUBLIC_TOKEN_PERMISSIONS,
    lifespan: null,
  });
  if (tokenFile) writeToken(tokenFile, created.accessKey);
  return 'created';
}

function writeToken(file: string, key: string | undefined): void {
  if (!key) throw new Error('Strapi returned no access key for the public site token');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
}
