/**
 * Every content type must say whether it belongs to a commune. Ours say so in their schema;
 * the types of Strapi and its plugins are listed here, each with the reason it is not scoped.
 * Strapi refuses to start while a type is undeclared, so a new type cannot forget silently.
 */
import type { Core } from '@strapi/strapi';
import { undeclaredTypes } from './scope';

/**
 * Types we do not own, by UID prefix, with why they belong to no commune. Strapi's
 * users-permissions plugin is disabled (cms/config/plugins.ts) and deliberately not listed: should
 * it be enabled again, its end-user types stop the start here instead of coming back unnoticed.
 */
export const EXTERNAL_GLOBAL_TYPES: Record<string, string> = {
  'admin::': 'admin users, roles, permissions and API tokens are managed by province IT',
  'plugin::i18n.': 'the list of languages is shared by every commune',
  'plugin::content-releases.': 'releases are not used',
  'plugin::review-workflows.': 'the editorial board plugin replaces review workflows',
  'plugin::upload.': 'media files and folders are isolated per commune by the media guard (communeId column)',
};

export function undeclaredContentTypes(strapi: Core.Strapi): string[] {
  const types = strapi.contentTypes as unknown as Record<string, { pluginOptions?: Record<string, unknown> }>;
  return undeclaredTypes(types).filter((uid) => !Object.keys(EXTERNAL_GLOBAL_TYPES).some((prefix) => uid.startsWith(prefix)));
}

export function assertTenancyDeclared(strapi: Core.Strapi): void {
  const undeclared = undeclaredContentTypes(strapi);
  if (undeclared.length > 0) {
    throw new Error(
      `[commune-tenancy] These content types do not say whether they belong to a commune: ${undeclared.join(', ')}. ` +
        'Add pluginOptions: { "commune-tenancy": { "scoped": true } } (with a "commune" relation) or { "global": true } to each schema.',
    );
  }
}
