/** Starts the built Nuxt site (frontend/.output) against a test Strapi, on a free port. */
import path from 'node:path';
import { frontendDir } from '../../database/paths.ts';
import { startService, waitForHttp } from '../../scripts/lib/processes.ts';
import { baseEnv, node } from '../../scripts/lib/tools.ts';
import { freePort } from './strapi';

export interface SiteInstance {
  port: number;
  /** http://<host>:<port> for a commune domain (the browser maps it to 127.0.0.1). */
  urlFor(host: string): string;
  stop(): Promise<void>;
}

export async function startSite(options: { strapiUrl: string; token: string; devFallback?: boolean }): Promise<SiteInstance> {
  const port = await freePort();
  const service = startService('site', node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], {
    cwd: frontendDir,
    env: baseEnv({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_STRAPI_URL: options.strapiUrl,
      NUXT_STRAPI_TOKEN: options.token,
      NUXT_DEV_COMMUNE_FALLBACK: String(options.devFallback ?? false),
    }),
  });
  try {
    // Any answer will do: without a known host the site answers 404 by design.
    await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 60000, service, accept: () => true });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { port, urlFor: (host) => `http://${host}:${port}`, stop: () => service.stop() };
}
