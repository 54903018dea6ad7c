/**
 * Every Vietnamese string of the admin we add or correct, in one place: one JSON file per Strapi
 * package (keys as in that package's en.json), prefixed here with the package's plugin id as the
 * admin expects, then the product's branding. Handed to Strapi as `config.translations.vi`, which
 * it merges over its own vi files. `node scripts/admin-translations-missing.ts` lists what is left.
 */
import { brandingMessages, provinceName } from '../branding/identity';
import { CHOICE_LABELS } from './choice-labels';
import admin from './vi/admin.json';
import contentManager from './vi/content-manager.json';
import email from './vi/email.json';
import i18n from './vi/i18n.json';
import reviewWorkflows from './vi/review-workflows.json';
import upload from './vi/upload.json';

type Messages = Record<string, string>;

const prefixed = (pluginId: string, messages: Messages): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${pluginId}.${key}`, text]));

export const vi: Messages = {
  ...admin,
  ...prefixed('content-manager', contentManager),
  ...prefixed('upload', upload),
  ...prefixed('i18n', i18n),
  ...prefixed('email', email),
  ...prefixed('review-workflows', reviewWorkflows),
  ...CHOICE_LABELS,
  ...brandingMessages(provinceName()),
};
