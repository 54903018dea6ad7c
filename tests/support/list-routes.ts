/**
 * Every route the real Strapi registers at boot (core, admin, every plugin, our plugins and the
 * content API), as the router holds them: loads the built app against the given database, mounts
 * its router like `strapi routes:list` does, and prints one line `ROUTES [{ method, path }]`.
 *
 * Usage (environment of a test Strapi): node tests/support/list-routes.ts
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { cmsDir } from '../../database/paths.ts';

// Strapi's CommonJS build, as the seed and tests/support/server-code-publish.ts load it.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;

interface Layer {
  methods: string[];
  path: string;
}

const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
strapi.log.level = 'error';
const layers = (strapi.server.mount() as unknown as { listRoutes(): Layer[] }).listRoutes();
const routes = layers.flatMap((layer) =>
  layer.methods.filter((method) => method !== 'HEAD').map((method) => ({ method, path: layer.path })),
);
console.log(`ROUTES ${JSON.stringify(routes)}`);
await strapi.destroy();
process.exit(0);
