/**
 * The public site (Nuxt BFF) reads Strapi with one read-only API token. Its secret is shown by
 * Strapi only when created or regenerated, so the seed writes it to PUBLIC_SITE_TOKEN_FILE
 * (mode 0600) for the launcher to hand to Nuxt.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { PUBLIC_TOKEN_NAME, PUBLIC_TOKEN_PERMISSIONS } from '../../src/bootstrap/public-token';

export { PUBLIC_TOKEN_NAME, PUBLIC_TOKEN_PERMISSIONS };

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
