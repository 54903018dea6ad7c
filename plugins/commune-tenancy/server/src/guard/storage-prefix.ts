/**
 * Stored media carry their commune in their storage name: `<slug>_<hash>` on local disk (whose
 * provider ignores sub-paths), and the `<slug>/` key prefix on S3 (whose provider uses
 * `file.path`). Backups, quotas and clean-ups can then work per commune. The upload plugin's
 * provider service is wrapped, so every stored file — original, formats, replacements — is named.
 */
import type { Core } from '@strapi/strapi';
import { defaultCommuneFor, resolveActor } from './actor';
import { COMMUNE_UID } from '../../../shared';

export interface StoredFile {
  hash: string;
  path?: string;
  [key: string]: unknown;
}

/** Pure: the file renamed into the commune's space; already-prefixed names are left alone. */
export function prefixForCommune(file: StoredFile, slug: string): void {
  if (!file.hash.startsWith(`${slug}_`)) file.hash = `${slug}_${file.hash}`;
  file.path = slug;
}

interface ProviderService {
  upload(file: StoredFile): Promise<void>;
  replace(file: StoredFile, previous: unknown): Promise<void>;
}

export function prefixStoragePaths(strapi: Core.Strapi): void {
  const provider = strapi.plugin('upload').service('provider') as ProviderService;
  const slugOfActor = async (): Promise<string | null> => {
    const communeId = defaultCommuneFor(await resolveActor(strapi));
    if (communeId === null) return null;
    const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { id: communeId }, select: ['slug'] })) as { slug: string } | null;
    return commune?.slug ?? null;
  };
  const upload = provider.upload.bind(provider);
  const replace = provider.replace.bind(provider);
  provider.upload = async (file) => {
    const slug = await slugOfActor();
    if (slug) prefixForCommune(file, slug);
    return upload(file);
  };
  provider.replace = async (file, previous) => {
    const slug = await slugOfActor();
    if (slug) prefixForCommune(file, slug);
    return replace(file, previous);
  };
}
