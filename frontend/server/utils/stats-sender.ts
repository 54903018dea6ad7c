/**
 * How the site's counters (visits, searches) send a batch to Strapi: a POST with the site's
 * token and the commune's trusted header, one attempt, a short timeout. The batcher keeps a
 * batch that may succeed later and drops one Strapi refuses for good.
 */
import type { SendOutcome } from './day-batcher';

const TIMEOUT_MS = 5000;

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('statusCode' in error && typeof error.statusCode === 'number') return error.statusCode;
  if ('status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/** Sends a batch of one commune to `path` (a site-stats route); resolves what became of it, rejects when it may succeed later. */
export function statsSender<Batch extends object>(path: string): (commune: string, body: Batch) => Promise<SendOutcome> {
  const { strapiUrl, strapiToken } = useRuntimeConfig();
  return async (commune, body) => {
    const headers: Record<string, string> = { accept: 'application/json', 'x-commune': commune };
    if (strapiToken) headers.authorization = `Bearer ${strapiToken}`;
    try {
      await $fetch(path, { baseURL: strapiUrl, method: 'POST', body, headers, timeout: TIMEOUT_MS, retry: 0 });
      return 'counted';
    } catch (error) {
      // 404: the commune is no longer online; 400: a day outside the counting window. Sending
      // again would be refused again.
      const status = statusOf(error);
      if (status === 400 || status === 404) return 'refused';
      throw error;
    }
  };
}
