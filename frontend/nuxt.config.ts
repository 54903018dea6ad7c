import { fileURLToPath } from 'node:url'

/**
 * The public sites of every commune, served by one Nuxt server.
 * The commune is chosen per request from the Host header (server/utils/commune.ts);
 * the browser only ever talks to this server, never to Strapi.
 */
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  ssr: true,
  telemetry: false,
  devtools: { enabled: false },

  alias: {
    // Request/response types of the commune-tenancy plugin, shared with its server and admin UI.
    '#commune-tenancy': fileURLToPath(new URL('../plugins/commune-tenancy/shared', import.meta.url)),
  },

  app: {
    head: {
      htmlAttrs: { lang: 'vi' },
      charset: 'utf-8',
      viewport: 'width=device-width, initial-scale=1',
      meta: [{ name: 'format-detection', content: 'telephone=no' }],
    },
  },

  css: ['~/assets/css/main.css'],

  runtimeConfig: {
    // Private: only the server sees these. Overridden by NUXT_STRAPI_URL, NUXT_STRAPI_TOKEN,
    // NUXT_DEV_COMMUNE_FALLBACK and NUXT_DEFAULT_COMMUNE at run time.
    strapiUrl: 'http://127.0.0.1:1337',
    strapiToken: '',
    devCommuneFallback: true,
    defaultCommune: '',
    public: {},
  },

  typescript: {
    strict: true,
    typeCheck: false,
    // Unit tests run under Jest and are type-checked by tsconfig.test.json instead.
    tsConfig: { exclude: ['../**/__tests__/**'] },
    sharedTsConfig: { exclude: ['../**/__tests__/**'] },
  },

  nitro: {
    typescript: {
      tsConfig: { exclude: ['../**/__tests__/**'] },
    },
  },
})
