/**
 * The trusted proxies of the runtime config (NUXT_TRUSTED_PROXIES), read once; checked at start
 * (server/plugins/00.fail-closed.ts).
 */
import { parseTrustedProxies, type TrustedProxies } from '../../../plugins/commune-tenancy/shared/trusted-proxies';

let parsed: { source: string; proxies: TrustedProxies } | null = null;

export function trustedProxies(): TrustedProxies {
  const source = String(useRuntimeConfig().trustedProxies ?? '');
  if (parsed?.source !== source) {
    const result = parseTrustedProxies(source, 'NUXT_TRUSTED_PROXIES');
    if (!result.ok) throw new Error(result.problem);
    parsed = { source, proxies: result.proxies };
  }
  return parsed.proxies;
}
