/**
 * Strapi registers our plugins in the key order of cms/config/plugins.ts, and each plugin's
 * register() appends its document-service middleware in that order: the tenancy guard runs before
 * the editorial board's publish guard only because commune-tenancy is listed first
 * (docs/ARCHITECTURE.md, "The life of a save"). This pins that order.
 */
import type { Core } from '@strapi/strapi';
import pluginsConfig from '../../../config/plugins';

const env = Object.assign((_key: string, fallback?: unknown) => fallback, {
  int: (_key: string, fallback?: number) => fallback,
  bool: (_key: string, fallback?: boolean) => fallback,
  float: (_key: string, fallback?: number) => fallback,
  json: (_key: string, fallback?: unknown) => fallback,
  array: (_key: string, fallback?: unknown[]) => fallback,
  date: (_key: string, fallback?: Date) => fallback,
  oneOf: (_key: string, _values: unknown[], fallback?: unknown) => fallback,
}) as unknown as Core.Config.Shared.ConfigParams['env'];

test('commune-tenancy is the first of our plugins, before editorial-board', () => {
  const keys = Object.keys(pluginsConfig({ env }));
  const ours = keys.filter((key) => ['commune-tenancy', 'editorial-board'].includes(key));
  expect(ours).toEqual(['commune-tenancy', 'editorial-board']);
  // Before every other plugin of ours that could register a document-service middleware.
  expect(keys.indexOf('commune-tenancy')).toBe(keys.findIndex((key) => key !== 'users-permissions'));
});
