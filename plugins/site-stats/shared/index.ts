/**
 * The visit counter's API, shared by the Strapi plugin and the site's server (Nuxt BFF).
 * Runtime-dependency-free so the frontend can import it through an alias.
 */

/** Body of `POST /api/site-stats/visits`: a visitor's daily hash, 64 hex digits (SHA-256). */
export interface VisitRequest {
  visitor: string;
}

/** `POST` answer: whether this visitor was new today for this commune. */
export interface VisitRecorded {
  counted: boolean;
}

/** `GET /api/site-stats/visits`: visits of the commune today (Vietnam time) and since the start. */
export interface VisitTotals {
  today: number;
  total: number;
}

export const VISITOR_HASH_PATTERN = /^[0-9a-f]{64}$/;
