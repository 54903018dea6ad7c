import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { NuxtModule } from 'nuxt/schema';

/**
 * npm installs vue-router under nuxt/node_modules, where vue-tsc cannot find the volar plugin
 * that Nuxt names in .nuxt/tsconfig.app.json (it prints a stack trace on every type-check).
 * Point the name at the installed file; harmless once vue-router is hoisted.
 */
const resolveVueRouterVolarPlugin: NuxtModule = (_options, nuxt) => {
  const fromNuxt = createRequire(createRequire(import.meta.url).resolve('nuxt/package.json'));
  const resolvePlugin = (name: string): string => {
    try {
      return fromNuxt.resolve(name);
    } catch {
      return name;
    }
  };
  // Registered once every module is installed, so it runs after the pages module adds the plugin.
  nuxt.hook('modules:done', () => {
    nuxt.hook('prepare:types', ({ tsConfig }) => {
      const options = tsConfig.vueCompilerOptions;
      if (!options?.plugins) return;
      options.plugins = options.plugins.map((plugin) =>
        plugin === 'vue-router/volar/sfc-route-blocks' ? resolvePlugin(plugin) : plugin,
      );
    });
  });
};

/**
 * The public sites of every commune, served by one Nuxt server. The commune is chosen per
 * request from the Host header (server/utils/commune.ts); the browser only ever talks to this
 * server, never to Strapi.
 */
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  ssr: true,
  telemetry: false,
  devtools: { enabled: false },
  modules: [resolveVueRouterVolarPlugin],

  alias: {
    // Request/response types of the commune-tenancy plugin, shared with its server and admin UI.
    '#commune-tenancy': fileURLToPath(new URL('../plugins/commune-tenancy/shared', import.meta.url)),
    // Types and labels of the portal-search plugin's API (runtime-dependency-free, like the above).
    '#portal-search': fileURLToPath(new URL('../plugins/portal-search/shared', import.meta.url)),
    // Types of the site-stats plugin's visit counter API.
    '#site-stats': fileURLToPath(new URL('../plugins/site-stats/shared', import.meta.url)),
    // Types of the site-cache plugin's content versions API.
    '#site-cache': fileURLToPath(new URL('../plugins/site-cache/shared', import.meta.url)),
  },

  app: {
    head: {
      htmlAttrs: { lang: 'vi' },
      charset: 'utf-8',
      viewport: 'width=device-width, initial-scale=1',
      // Document numbers such as 239/BC-UBND must not turn into phone links on iOS.
      meta: [{ name: 'format-detection', content: 'telephone=no' }],
    },
  },

  css: ['~/assets/css/main.css', '~/assets/css/intro.css', '~/assets/css/news.css', '~/assets/css/records.css', '~/assets/css/home.css'],

  // Every page works as server-rendered HTML with links and GET forms, so no page ships
  // JavaScript: nothing to download, parse or run on a cheap phone over 3G (PRODUCT.md budgets).
  routeRules: {
    '/**': { noScripts: true },
  },

  runtimeConfig: {
    // Server only. Set at run time with NUXT_STRAPI_URL, NUXT_STRAPI_TOKEN,
    // NUXT_DEV_COMMUNE_FALLBACK (set it to false in production), NUXT_DEFAULT_COMMUNE,
    // NUXT_TRUST_PROXY and NUXT_VISIT_SECRET.
    strapiUrl: 'http://127.0.0.1:1337',
    strapiToken: '',
    devCommuneFallback: true,
    defaultCommune: '',
    // Visit counter (server/middleware/visits.ts). NUXT_TRUST_PROXY=true only behind our own
    // reverse proxy, which appends the client's address to X-Forwarded-For; NUXT_VISIT_SECRET
    // salts the visitor hashes (the Strapi token when empty; the same in every process).
    trustProxy: false,
    visitSecret: '',
    // How often this process asks Strapi whether a commune's content changed (a change purges
    // that commune's cached pages and answers): NUXT_CONTENT_VERSION_POLL_MS.
    contentVersionPollMs: 1000,
    public: {},
  },

  typescript: {
    strict: true,
    typeCheck: false,
    // Unit tests (__tests__) run under Jest and are type-checked by the root tsconfig.tests.json.
    tsConfig: { exclude: ['../**/__tests__/**'] },
    sharedTsConfig: { exclude: ['../**/__tests__/**'] },
  },

  nitro: {
    typescript: {
      tsConfig: { exclude: ['../**/__tests__/**'] },
    },
  },
});
