import type { PublicCommune } from '#commune-tenancy';
import type { MaintenanceState } from '../utils/maintenance';

declare module 'h3' {
  interface H3EventContext {
    /** Set by resolveCommune (server/utils/commune.ts) once the Host header is resolved. */
    commune?: PublicCommune;
    /** Set by server/plugins/page-cache.ts when the page came from its cache. */
    pageCacheHit?: boolean;
    /** Set by server/plugins/page-cache.ts: the maintenance window under way or announced. */
    maintenance?: MaintenanceState;
    /** Set by server/plugins/serve-emc-script.ts on a page that loads the EMC script: its origin, for the CSP. */
    scriptOrigin?: string;
  }
}

export {};
