/**
 * For trusted command-line scripts only (the demo seed, provisioning): run work that may put
 * content on the site directly, logged as an import with the given reason. Refused while an HTTP
 * request is being served, so no request can reach it.
 */
import type { Core } from '@strapi/strapi';
import { inRequest } from '../workflow/actor';
import { withScriptAuthority } from '../workflow/authority';

const authority = ({ strapi }: { strapi: Core.Strapi }) => ({
  runAsScript<T>(reason: string, work: () => Promise<T>): Promise<T> {
    return withScriptAuthority(reason, inRequest(strapi), work);
  },
});

export default authority;
export type AuthorityService = ReturnType<typeof authority>;
