import type { PublicCommune } from '#commune-tenancy';

declare module 'h3' {
  interface H3EventContext {
    /** Set by resolveCommune (server/utils/commune.ts) once the Host header is resolved. */
    commune?: PublicCommune;
  }
}

export {};
