import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import type { VisitTotals } from '#site-stats';
import { visitCounterLine } from '#shared/utils/visit-counter';
import { boundedMap } from '../utils/bounded-memory';
import { cmsDown } from '../utils/cms-health';
import { knownCommune } from '../utils/commune';
import { contentVersionOf } from '../utils/commune-cache-key';
import { urgentNoticesFor } from '../utils/commune-urgent-notices';
import { urgentRegionOf } from '../utils/urgent-notices';
import { emcScriptTag } from '../utils/emc';
import { emcScriptFor } from '../utils/emc-scripts';
import {
  maintenancePage,
  maintenanceState,
  noticeHtml,
  retryAfterSeconds,
  withMaintenanceNotice,
  type MaintenanceState,
} from '../utils/maintenance';
import { assemblePage, cutPage, type PageParts } from '../utils/page-parts';
import { pageViewer } from '../utils/page-view';
import { isProvinceHost } from '../utils/province';
import { communeOrigin } from '../utils/site-origin';
import { isPrivatePage } from '../utils/citizen-forms';
import { isPreviewPath } from '../utils/preview';
import { countView } from '../utils/visit-queue';

/**
 * Rendered pages, cached per commune, content version and URL in this process. A publish or
 * any other change to a commune's site moves its content version (server/utils/content-versions.ts),
 * so the next request renders afresh in every process within about a second. The footer's visit
 * counter is written into each cached copy as it is served (figures at most VISITS_MAX_AGE_MS
 * old), and so are the urgent notices, the maintenance notice and the EMC script, which are never
 * in the copy; what none of them covers — a document's status turning "hết hiệu lực" at
 * midnight — is at most PAGE_MAX_AGE_MS old.
 *
 * While the CMS is down (server/utils/cms-health.ts) or a maintenance window is under way
 * (server/utils/maintenance.ts), a copy of any age is served, marked `x-page-cache: STALE` and
 * `Warning: 110`, for as long as it lasts: an outage costs no page that was ever served here.
 * A page never cached then answers the error page (502), or the maintenance page (503).
 *
 * Only full 200 pages of GET are kept, never errors, and never a citizen's form or tracking page
 * (server/utils/citizen-forms.ts isPrivatePage): a POST is never answered from here either.
 *
 * A hit is the hot path of the whole site, so it is answered by the first handler of the
 * server, before Nitro's route rules, its static files, our middleware and Nuxt's renderer and
 * its hooks, none of which a cached page needs; it counts the visit itself (the visit middleware
 * never runs for it). The copy is kept as UTF-8 bytes cut where each view writes its own parts
 * (server/utils/page-parts.ts). What the first handler cannot answer without asking Strapi (a
 * host this process does not know yet) goes on to the renderer, whose `render:before` hook
 * serves a copy the same way.
 */
const PAGE_MAX_AGE_MS = 60_000;
const VISITS_MAX_AGE_MS = 5_000;

const HTML = 'text/html;charset=utf-8';

/**
 * The key of a commune's page: slug, content version, origin and path. None but the path can
 * hold a newline (a slug, a number, a scheme and a host Node accepted), so the key names one page.
 * The origin is part of it: a page's canonical link is on the domain or alias it was asked on
 * (never a port or scheme a visitor sent: server/utils/site-origin.ts), so each domain has its copy.
 */
function pageKeyOf(event: H3Event, commune: PublicCommune): { key: string; slug: string } | null {
  // The citizens' forms carry a form token per request, the tracking page a citizen's code.
  if (isPrivatePage(event.path)) return null;
  // A preview shows one editor a draft (server/utils/preview.ts): never kept, never served to another.
  if (isPreviewPath(event.path)) return null;
  const slug = commune.slug;
  return { key: `${slug}\n${contentVersionOf(slug)}\n${communeOrigin(event, commune)}\n${event.path}`, slug };
}

const cacheable = (event: H3Event): boolean => event.method === 'GET' || event.method === 'HEAD';

async function pageKey(event: H3Event): Promise<{ key: string; slug: string } | null> {
  if (!cacheable(event) || isPrivatePage(event.path) || isPreviewPath(event.path)) return null;
  const commune = await resolveCommune(event);
  return commune ? pageKeyOf(event, commune) : null;
}

export default defineNitroPlugin((nitroApp) => {
  // Bounded: a page is 20–60 KB of UTF-8, held twice (its parts and the last copy put together),
  // so at most about 128 MB, as the 64 M characters of two-byte strings kept before; the least
  // recently written forgotten first (search result pages have keys typed by citizens).
  const pages = boundedMap<PageParts>({ maxEntries: 3000, maxSize: 128_000_000, sizeOf: (page) => 2 * page.bytes });

  // The counter's figures per commune, refreshed in the background when older than
  // VISITS_MAX_AGE_MS: a hit never waits for Strapi.
  const visits = new Map<string, { totals: VisitTotals; fetchedAt: number; refreshing: boolean }>();
  const visitsFor = async (event: H3Event, slug: string): Promise<VisitTotals | null> => {
    const known = visits.get(slug);
    if (known && (Date.now() - known.fetchedAt < VISITS_MAX_AGE_MS || known.refreshing)) return known.totals;
    const refresh = strapiGet<VisitTotals>(event, '/api/site-stats/visits').then(
      (totals) => void visits.set(slug, { totals, fetchedAt: Date.now(), refreshing: false }),
      () => void (known && visits.set(slug, { ...known, refreshing: false })),
    );
    if (!known) {
      await refresh;
      return visits.get(slug)?.totals ?? null;
    }
    known.refreshing = true;
    return known.totals;
  };

  /**
   * The copy as this view gets it, its headers set; null when it is too old to serve (it is
   * rendered afresh). Any age serves while the CMS is down or a maintenance window is under way.
   */
  const cachedView = async (event: H3Event, slug: string, page: PageParts, maintenance: MaintenanceState): Promise<Buffer | null> => {
    const fresh = Date.now() - page.storedAt <= PAGE_MAX_AGE_MS;
    const down = cmsDown();
    if (!fresh && !down && maintenance.active === null) return null;
    // While the CMS is down no copy can be known to be current, however young.
    const stale = down || !fresh;
    event.context.pageCacheHit = true;
    event.context.maintenance = maintenance;
    const [totals, notices, script] = await Promise.all([
      visitsFor(event, slug).catch(() => null),
      urgentNoticesFor(event, slug),
      emcScriptFor(event, slug),
    ]);
    // The CSP allows the script's origin on this page (server/plugins/security.ts).
    if (script) event.context.scriptOrigin = script.origin;
    setResponseHeaders(
      event,
      stale ? { 'x-page-cache': 'STALE', warning: '110 - "Response is Stale"', vary: 'host' } : { 'x-page-cache': 'HIT', vary: 'host' },
    );
    return assemblePage(page, {
      urgent: notices.length > 0 ? urgentRegionOf(notices, Date.now()) : null,
      maintenance: noticeHtml(maintenance),
      counter: totals ? visitCounterLine(totals) : null,
      emc: script ? emcScriptTag(script) : null,
    });
  };

  const serveHit = defineEventHandler(async (event) => {
    // The province host's pages are its middleware's (server/middleware/01.province-host.ts).
    if (!cacheable(event) || isProvinceHost(event)) return;
    const commune = knownCommune(event);
    const found = commune ? pageKeyOf(event, commune) : null;
    const page = found ? pages.get(found.key) : undefined;
    if (!found || !page) return;
    const body = await cachedView(event, found.slug, page, maintenanceState(found.slug));
    if (!body) return;
    setResponseHeader(event, 'content-type', HTML);
    // Served: a visit, as the visit middleware counts a rendered page (server/middleware/visits.ts).
    const viewer = pageViewer(event);
    if (viewer) countView(found.slug, viewer.address, viewer.userAgent);
    return body;
  });
  // First of all handlers: h3 runs its stack in order and stops at the first answer.
  nitroApp.h3App.stack.unshift({ route: '', handler: serveHit });

  nitroApp.hooks.hook('render:before', async (ctx) => {
    const event = ctx.event;
    const found = await pageKey(event).catch(() => null);
    const page = found ? pages.get(found.key) : undefined;
    const maintenance = maintenanceState(found?.slug ?? null);
    event.context.maintenance = maintenance;
    if (found && page) {
      // A host resolved only now, or a copy stored since the first handler looked.
      const body = await cachedView(event, found.slug, page, maintenance);
      if (body) ctx.response = { body, statusCode: 200, headers: { 'content-type': HTML } };
      return;
    }
    // A page never cached during a window: nothing to show but the maintenance page. Not for
    // other methods than GET/HEAD (pageKey is null for them: the site's 405 answers them).
    // Nor for Nuxt's internal render of an error page: the error keeps its own status.
    if (maintenance.active && cacheable(event) && !event.path.startsWith('/__nuxt_error')) {
      setResponseHeader(event, 'retry-after', retryAfterSeconds(maintenance.active));
      setResponseHeader(event, 'cache-control', 'no-store');
      event.context.pageCacheHit = true;
      ctx.response = {
        body: maintenancePage(maintenance.active),
        statusCode: 503,
        statusMessage: 'Service Unavailable',
        headers: { 'content-type': HTML },
      };
    }
  });

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    // Nor may a browser or a proxy keep them.
    if (isPrivatePage(event.path)) setResponseHeader(event, 'cache-control', 'no-store');
    // A copy from the cache is a Buffer with everything written in already.
    if ((response.statusCode ?? 200) !== 200 || typeof response.body !== 'string') return;
    const maintenance = event.context.maintenance;
    if (!event.context.pageCacheHit && !event.node.res.hasHeader('set-cookie')) {
      // (A page that set a cookie was made for one visitor: not kept.)
      const found = await pageKey(event).catch(() => null);
      if (found) {
        // Rendered while the CMS is down: from earlier BFF answers (they serve stale too), so
        // marked as what it is, and kept as already old: the first request after the outage
        // renders it afresh.
        const down = cmsDown();
        pages.set(found.key, cutPage(response.body, down ? 0 : Date.now()));
        setResponseHeaders(
          event,
          down ? { 'x-page-cache': 'STALE', warning: '110 - "Response is Stale"', vary: 'host' } : { 'x-page-cache': 'MISS', vary: 'host' },
        );
      }
    }
    // The notice goes on the copy served, never into the cache: a window can be moved or
    // cancelled without a purge.
    if (maintenance) response.body = withMaintenanceNotice(response.body, maintenance);
  });
});
