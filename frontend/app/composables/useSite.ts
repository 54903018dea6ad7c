import type { InjectionKey } from 'vue';
import type { SiteResponse } from '#shared/types/api';

const SITE_KEY: InjectionKey<SiteResponse> = Symbol('site');

/**
 * Loads the commune serving this host and its settings; app.vue calls it once. A host no
 * commune serves becomes the 404 page, Strapi being unreachable a 502 page.
 */
export async function loadSite(): Promise<SiteResponse> {
  const { data, error } = await useFetch('/api/site', { key: 'site' });
  if (!data.value) {
    const notFound = error.value?.status === 404;
    throw createError({
      status: notFound ? 404 : 502,
      statusText: notFound ? 'Commune Not Found' : 'Bad Gateway',
      message: notFound ? ERROR_TEXT.communeNotFound : ERROR_TEXT.unavailable,
      // The server renders the error page either way (there is no client-side app). A host no
      // commune serves is an everyday 404 (bots probe with made-up Host headers): not fatal, so
      // Nitro does not log a stack trace for each; Strapi unreachable is logged.
      fatal: !notFound,
    });
  }
  return data.value;
}

/** Makes the site available to useSite() in every layout, page and component below app.vue. */
export function provideSite(site: SiteResponse): void {
  provide(SITE_KEY, site);
}

/** The commune this request is for and its site settings. */
export function useSite(): SiteResponse {
  const site = inject(SITE_KEY);
  if (!site) throw new Error('useSite() needs provideSite() in app.vue');
  return site;
}
