import type { PublicCommune } from '#commune-tenancy';
import type { CitizenFormState } from '#shared/types/citizen-voice';
import type { MaintenanceState } from '../utils/maintenance';
import type { DocumentSearchQuery, Parsed, SiteSearchQuery } from '../utils/search-query';

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
    /** Set by server/middleware/02.citizen-forms.ts when Strapi refused a citizen's form: the page shows it again. */
    citizenForm?: CitizenFormState;
    /** Set by server/utils/search-request.ts: a search's query, parsed once per request. */
    siteSearchQuery?: Parsed<SiteSearchQuery>;
    documentSearchQuery?: Parsed<DocumentSearchQuery>;
  }
}

export {};
