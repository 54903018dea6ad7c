/** Starts the built Nuxt site (frontend/.output) against a test Strapi, on a free port. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { frontendDir } from '../../database/paths.ts';
import { startService, waitForHttp } from '../../scripts/lib/processes.ts';
import { baseEnv, node } from '../../scripts/lib/tools.ts';
import { freePort } from './strapi.ts';

export interface SiteInstance {
  port: number;
  /** http://<host>:<port> for a commune domain (the browser maps it to 127.0.0.1). */
  urlFor(host: string): string;
  /** The visit counter's secret this process was given (NUXT_VISIT_SECRET). */
  visitSecret: string;
  /** What the process has written so far (stdout and stderr, the last 1 MB), e.g. to search it for secrets. */
  output(): string;
  stop(): Promise<void>;
}

export interface SiteOptions {
  strapiUrl: string;
  token: string;
  /** The development host fallback (localhost, <slug>.localhost); off as in production. */
  devFallback?: boolean;
  /**
   * The scheme links are written with. `http` by default, with the site's port, so that the
   * links tests follow are the addresses they reach the site on; `https` writes production
   * links (no port) and turns HSTS on.
   */
  scheme?: 'http' | 'https';
  /** The port to listen on (chosen before Strapi starts, for its preview links); a free one by default. */
  port?: number;
  /** Further environment, e.g. NUXT_TRUSTED_PROXIES. */
  env?: Record<string, string>;
}

/** The site's environment for a test: production mode, with secrets that pass its start checks. */
export function siteEnv(options: SiteOptions, port: number, visitSecret: string): NodeJS.ProcessEnv {
  const scheme = options.scheme ?? 'http';
  return baseEnv({
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    NUXT_STRAPI_URL: options.strapiUrl,
    NUXT_STRAPI_TOKEN: options.token,
    NUXT_VISIT_SECRET: visitSecret,
    NUXT_SITE_SCHEME: scheme,
    NUXT_SITE_PORT: scheme === 'http' ? String(port) : '',
    NUXT_DEV_COMMUNE_FALLBACK: String(options.devFallback ?? false),
    NUXT_TRUSTED_PROXIES: '',
    ...options.env,
  });
}

export async function startSite(options: SiteOptions): Promise<SiteInstance> {
  const port = options.port ?? (await freePort());
  const visitSecret = options.env?.NUXT_VISIT_SECRET ?? randomBytes(32).toString('hex');
  const service = startService('site', node, [path.join(frontendDir, '.output', 'server', 'index.mjs')], {
    cwd: frontendDir,
    env: siteEnv(options, port, visitSecret),
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-1_000_000);
  };
  service.child.stdout?.on('data', keep);
  service.child.stderr?.on('data', keep);
  try {
    // Any answer will do: without a known host the site answers 404 by design.
    await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 60000, service, accept: () => true });
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { port, visitSecret, urlFor: (host) => `http://${host}:${port}`, output: () => output, stop: () => service.stop() };
}
