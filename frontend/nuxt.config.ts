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
      options.plugins = options.plugins.map((plugin) => (plugin === 'vue-router/volar/sfc-route-blocks' ? resolvePlugin(plugin) : plugin));
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
    // The contract of the citizen-voice plugin's routes (questions, comments, ratings).
    '#citizen-voice': fileURLToPath(new URL('../plugins/citizen-voice/shared', import.meta.url)),
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

  css: [
    '~/assets/css/main.css',
    '~/assets/css/intro.css',
    '~/assets/css/news.css',
    '~/assets/css/records.css',
    '~/assets/css/home.css',
    '~/assets/css/disclosure.css',
    '~/assets/css/citizen-voice.css',
  ],

  // Every page works as server-rendered HTML with links and GET forms, so no page ships
  // JavaScript: nothing to download, parse or run on a cheap phone over 3G (PRODUCT.md budgets).
  routeRules: {
    '/**': { noScripts: true },
  },

  // Component styles (search.css) as stylesheet links, not inlined <style> elements: the pages'
  // CSP allows styles from the site's own files only (server/utils/security-headers.ts).
  features: { inlineStyles: false },

  runtimeConfig: {
    // Server only, set at run time (NUXT_<KEY in upper snake case>): NUXT_STRAPI_URL,
    // NUXT_STRAPI_TOKEN, NUXT_SITE_SCHEME, NUXT_SITE_PORT, NUXT_DEV_COMMUNE_FALLBACK,
    // NUXT_DEFAULT_COMMUNE, NUXT_TRUSTED_PROXIES, NUXT_VISIT_SECRET. With NODE_ENV=production the
    // site refuses to start without real secrets (server/plugins/00.fail-closed.ts).
    strapiUrl: 'http://127.0.0.1:1337',
    strapiToken: '',
    // Absolute links (canonical, feeds, sitemap, robots.txt, public API) are written with this
    // scheme, and this port when set (development: `npm start` sets http and its port), never
    // with what a request claims (shared/utils/site-origin.ts). HSTS is sent with https only.
    siteScheme: 'https',
    sitePort: '',
    // Development only (`npm start`, `npm run dev` and some tests turn it on): localhost shows the
    // default commune and <slug>.localhost each commune. Off: only a commune's domains resolve.
    devCommuneFallback: false,
    defaultCommune: '',
    // Addresses or CIDR ranges of our own reverse proxies, comma-separated, or `loopback`.
    // X-Forwarded-For (and -Proto, -Host) are read only on connections from them; empty trusts
    // nobody (server/utils/trusted-proxies.ts).
    trustedProxies: '',
    // Salts the visitor hashes of the visit counter; the same in every site process. Required in
    // production; elsewhere the Strapi token stands in when it is empty.
    visitSecret: '',
    // The visit counter sends the day's new visitors to Strapi this often (one POST per commune),
    // and receives nginx's page-view log records on this UDP address (e.g. 127.0.0.1:5140; empty:
    // off): NUXT_VISIT_FLUSH_MS, NUXT_VISIT_LOG_LISTEN (README "Visit counter").
    visitFlushMs: 2000,
    visitLogListen: '',
    // How often this process asks Strapi whether a commune's content changed (a change purges
    // that commune's cached pages and answers): NUXT_CONTENT_VERSION_POLL_MS.
    contentVersionPollMs: 1000,
    // How often this process reads the maintenance windows province IT schedules:
    // NUXT_MAINTENANCE_POLL_MS (README "Maintenance windows").
    maintenancePollMs: 10_000,
    // The official national emblem (PNG or plain SVG) province IT placed on the server, shown in
    // every commune's header; empty: no emblem. NUXT_NATIONAL_EMBLEM_FILE (server/utils/national-emblem.ts).
    nationalEmblemFile: '',
    // Where the ministry's EMC measurement script may come from (hosts or *.domain, comma-separated;
    // empty: emc.gov.vn and its subdomains): NUXT_EMC_ALLOWED_HOSTS (server/utils/emc.ts).
    emcAllowedHosts: '',
    // The admin's origin (https://quantri.example.gov.vn): the only page that may frame the preview
    // pages, in its "Xem trước" panel (README "Preview"). Empty: nobody may: NUXT_ADMIN_ORIGIN.
    adminOrigin: '',
    // The province host: the list of every commune's site, and their news and documents as RSS
    // and JSON in one place for the provincial portal (server/utils/province.ts); empty: none.
    // NUXT_PROVINCE_HOST, and NUXT_PROVINCE_NAME (default: the province the communes share).
    provinceHost: '',
    provinceName: '',
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
