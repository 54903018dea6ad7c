/**
 * The site-cache API, shared by the Strapi plugin and the site's server (Nuxt BFF).
 * Runtime-dependency-free so the frontend can import it through an alias.
 */

/**
 * `GET /api/site-cache/versions`: the content version of every active commune, by slug. A
 * version only ever grows; a commune missing from the map has never changed since the platform
 * was installed (version 0). The answer carries an ETag; send it back in If-None-Match to get 304.
 */
export interface SiteContentVersions {
  data: Record<string, number>;
}
