/** `npm run build`: builds plugins, the Strapi app and the Nuxt site (only what changed; --force for all). */
import { buildAll } from './lib/build.ts';

await buildAll(process.argv.includes('--force'));
