import { PLUGIN_ID } from '../pluginId';

/** The react-intl id of one of this plugin's messages (translations/*.json, prefixed at registration). */
export const trad = (id: string): string => `${PLUGIN_ID}.${id}`;

/** Prefixes every key of a translation file with the plugin id, as Strapi's own plugins do. */
export function prefixTranslations(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [trad(key), value]));
}
