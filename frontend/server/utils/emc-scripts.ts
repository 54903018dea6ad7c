/**
 * Which communes turned EMC on, and the script each loads (server/utils/emc.ts), as this process
 * last read them: refetched when the commune's content version moves. Asked for every page served,
 * rendered (server/plugins/serve-emc-script.ts) or from the page cache (server/plugins/page-cache.ts).
 */
import type { H3Event } from 'h3';
import type { StrapiList } from './content';
import { cmsDown } from './cms-health';
import { contentVersionOf, contentVersionsNow } from './commune-cache-key';
import { emcAllowedHosts, emcScript, type EmcSettings } from './emc';
import { communeFilter, strapiGet } from './strapi';

/** After a failed fetch, the last answer serves this long before Strapi is asked again. */
const RETRY_AFTER_MS = 5000;

interface Known {
  version: number;
  /** Set after a failed fetch: not asked again before this time. */
  retryAt?: number;
  script: URL | null;
}

const known = new Map<string, Known>();
const asking = new Map<string, Promise<URL | null>>();
let hosts: readonly string[] | null = null;

function allowedHosts(): readonly string[] {
  if (hosts) return hosts;
  const allowed = emcAllowedHosts(useRuntimeConfig().emcAllowedHosts);
  // An unreadable list stops the start (server/utils/startup-checks.ts); here: nothing is loaded.
  hosts = allowed.ok ? allowed.hosts : [];
  return hosts;
}

async function fetchScript(event: H3Event, slug: string): Promise<URL | null> {
  const version = contentVersionsNow()(slug);
  const response = await strapiGet<StrapiList<EmcSettings>>(event, '/api/site-settings', {
    filters: communeFilter(slug),
    fields: ['emcEnabled', 'emcScriptUrl'],
    pagination: { pageSize: 1 },
  });
  const script = emcScript(response.data[0] ?? null, allowedHosts());
  known.set(slug, { version, script });
  return script;
}

/** The script the commune's pages load, or null. */
export function emcScriptFor(event: H3Event, slug: string): Promise<URL | null> {
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
}
