import type { H3Event } from 'h3';
import type { StrapiList } from '../utils/content';
import { contentVersionOf, contentVersionsNow } from '../utils/commune-cache-key';
import { emcAllowedHosts, emcScript, withEmcScript, type EmcSettings } from '../utils/emc';

/**
 * On the pages of a commune that turned EMC on, adds the ministry's measurement script and
 * allows its origin, and that origin only, in the page's CSP (server/plugins/security.ts reads
 * `event.context.scriptOrigin`). Every other commune's pages keep `script-src 'none'`.
 *
 * Added as the page is served, never into the page cache: this file's name sorts after
 * page-cache.ts, so its hook runs after the copy is stored, and turning EMC off needs no purge.
 * The settings per commune are refetched when the commune's content version moves.
 */
/** After a failed fetch, the last answer serves this long before Strapi is asked again. */
const RETRY_AFTER_MS = 5000;

interface Known {
  version: number;
  /** Set after a failed fetch: not asked again before this time. */
  retryAt?: number;
  script: URL | null;
}

export default defineNitroPlugin((nitroApp) => {
  const allowed = emcAllowedHosts(useRuntimeConfig().emcAllowedHosts);
  // An unreadable list stops the start (server/utils/startup-checks.ts); here: nothing is loaded.
  const hosts = allowed.ok ? allowed.hosts : [];
  const known = new Map<string, Known>();
  const asking = new Map<string, Promise<URL | null>>();

  const fetchScript = async (event: H3Event, slug: string): Promise<URL | null> => {
    const version = contentVersionsNow()(slug);
    const response = await strapiGet<StrapiList<EmcSettings>>(event, '/api/site-settings', {
      filters: communeFilter(slug),
      fields: ['emcEnabled', 'emcScriptUrl'],
      pagination: { pageSize: 1 },
    });
    const script = emcScript(response.data[0] ?? null, hosts);
    known.set(slug, { version, script });
    return script;
  };

  const scriptFor = (event: H3Event, slug: string): Promise<URL | null> => {
    const last = known.get(slug);
    if (last && (last.version === contentVersionOf(slug) || (last.retryAt ?? 0) > Date.now())) return Promise.resolve(last.script);
    if (cmsDown()) return Promise.resolve(last?.script ?? null);
    let answer = asking.get(slug);
    if (!answer) {
      answer = fetchScript(event, slug)
        .catch(() => {
          // A slow or failing Strapi must not cost every page a timeout: the last answer for a while.
          const script = last?.script ?? null;
          known.set(slug, { version: -1, script, retryAt: Date.now() + RETRY_AFTER_MS });
          return script;
        })
        .finally(() => asking.delete(slug));
      asking.set(slug, answer);
    }
    return answer;
  };

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (typeof response.body !== 'string' || (response.statusCode ?? 200) !== 200) return;
    const commune = event.context.commune;
    if (!commune) return;
    const script = await scriptFor(event, commune.slug);
    if (!script) return;
    response.body = withEmcScript(response.body, script);
    event.context.scriptOrigin = script.origin;
  });
});
