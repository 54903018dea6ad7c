import type { Core } from '@strapi/strapi';

interface Locale {
  code: string;
  name: string;
  isDefault?: boolean;
}

interface LocalesService {
  find(params: { code: string }): Promise<Locale | null>;
  create(locale: { code: string; name: string; isDefault?: boolean }): Promise<Locale>;
  setDefaultLocale(params: { code: string }): Promise<void>;
  getDefaultLocale(): Promise<string>;
}

/**
 * Content is written in Vietnamese; Decree 42/2022 (replaced by Decree 224/2026 from 1 July 2026)
 * asked for English versions of the organisation structure and officials' contacts, which we keep. Vietnamese is the default locale.
 */
export async function ensureDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  if (!(await locales.find({ code: 'vi' }))) await locales.create({ code: 'vi', name: 'Tiếng Việt (vi)' });
  if (!(await locales.find({ code: 'en' }))) await locales.create({ code: 'en', name: 'English (en)' });
  if ((await locales.getDefaultLocale()) !== 'vi') await locales.setDefaultLocale({ code: 'vi' });
}
