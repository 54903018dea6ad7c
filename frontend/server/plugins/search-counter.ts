import { searchQueue } from '../utils/search-queue';

/**
 * Search insight's counter in this process: on shutdown (SIGTERM, SIGINT: Nitro's `close` hook)
 * the searches waiting are sent to Strapi before the process exits.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('close', async () => {
    await searchQueue().close();
  });
});
