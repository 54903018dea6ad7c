import { emcScriptFor } from '../utils/emc-scripts';
import { withEmcScript } from '../utils/emc';

/**
 * On the pages of a commune that turned EMC on, adds the ministry's measurement script and
 * allows its origin, and that origin only, in the page's CSP (server/plugins/security.ts reads
 * `event.context.scriptOrigin`). Every other commune's pages keep `script-src 'none'`.
 *
 * Added as the page is rendered, never into the page cache: this file's name sorts after
 * page-cache.ts, so its hook runs after the copy is stored, and turning EMC off needs no purge.
 * A page served from the cache gets it from the page cache (server/plugins/page-cache.ts), from
 * the same settings (server/utils/emc-scripts.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (typeof response.body !== 'string' || (response.statusCode ?? 200) !== 200) return;
    const commune = event.context.commune;
    if (!commune) return;
    const script = await emcScriptFor(event, commune.slug);
    if (!script) return;
    response.body = withEmcScript(response.body, script);
    event.context.scriptOrigin = script.origin;
  });
});
