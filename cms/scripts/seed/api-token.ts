/**
 * The public site (Nuxt BFF) reads Strapi with one read-only API token. Its secret is shown by
 * Strapi only when created, so the seed writes it to PUBLIC_SITE_TOKEN_FILE (mode 0600) for the
 * launcher to hand to Nuxt. The token expires (PUBLIC_TOKEN_LIFESPAN_DAYS, default 90): a token
 * that is due (expired, expiring within 14 days, or made before tokens expired) or whose secret
 * is not the one in the file is replaced by a rotation, like `npm run token:rotate` does.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { PUBLIC_TOKEN_NAME, PUBLIC_TOKEN_PERMISSIONS, syncPublicTokenPermissions } from '../../src/bootstrap/public-token';
import { DEFAULT_GRACE_MS, isDue, lifespanFromEnv, tokenHealth } from '../../src/domain/token-lifetime';
import { isCurrentPublicSecret, rotatePublicToken, tokenService } from '../../src/tokens/rotate-public-token';
import { stageTokenFile, type StagedFile } from '../../src/tokens/secret-files';

export { PUBLIC_TOKEN_NAME, PUBLIC_TOKEN_PERMISSIONS };

/** Returns 'created', 'regenerated' (replaced) or 'kept'. */
export async function ensurePublicSiteToken(
  strapi: Core.Strapi,
  tokenFile: string | undefined,
): Promise<'created' | 'regenerated' | 'kept'> {
  const lifespanMs = lifespanFromEnv(process.env.PUBLIC_TOKEN_LIFESPAN_DAYS);
  const existing = await tokenService(strapi).getByName(PUBLIC_TOKEN_NAME);
  if (existing) {
    // Keep its permissions current as content types are added.
    await syncPublicTokenPermissions(strapi);
    if (!tokenFile) return 'kept';
    const secret = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
    const due = isDue(tokenHealth(existing.expiresAt ? new Date(existing.expiresAt) : null, new Date()));
    if (!due && secret !== '' && (await isCurrentPublicSecret(strapi, secret))) return 'kept';
  }
  let staged: StagedFile | undefined;
  try {
    await rotatePublicToken(strapi, {
      // Whoever still holds the replaced secret (a running site) keeps working for an hour.
      graceMs: DEFAULT_GRACE_MS,
      lifespanMs,
      beforeCommit: async (secret) => {
        if (tokenFile) staged = await stageTokenFile(tokenFile, secret);
      },
    });
  } catch (error) {
    await staged?.discard();
    throw error;
  }
  await staged?.commit();
  return existing ? 'regenerated' : 'created';
}
