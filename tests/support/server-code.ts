/**
 * The harness of the "server code" attacks: a separate Strapi process, as a plugin, a cron job or
 * a script would be, loads the built app and calls services and the database directly, with no
 * request. Each attempt is recorded as refused (it threw) or not; the process prints one line
 * `SERVER_CODE_RESULT {json}` that the test reads (tests/integration/*: spawn and parse).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { cmsDir } from '../../database/paths.ts';

// Strapi's ES module build cannot be imported by Node directly (it imports `lodash/fp` as a
// directory); its CommonJS build, as the seed uses it, can.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;

export type ServerStrapi = StrapiModule.Core.Strapi;

export interface Attempt {
  name: string;
  refused: boolean;
  /** The error's class name, when refused. */
  error?: string;
  message: string;
}

/** Loads the built app against the environment's database, quietly. */
export async function loadStrapi(): Promise<ServerStrapi> {
  const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
  strapi.log.level = 'error';
  return strapi;
}

/** Runs the attempts, prints the result line, destroys Strapi and exits. */
export async function runAttempts(
  strapi: ServerStrapi,
  attack: (attempt: (name: string, work: () => Promise<unknown>) => Promise<void>) => Promise<void>,
): Promise<never> {
  const attempts: Attempt[] = [];
  const attempt = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
      attempts.push({ name, refused: false, message: '' });
    } catch (error) {
      attempts.push({
        name,
        refused: true,
        error: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  try {
    await attack(attempt);
    console.log(`SERVER_CODE_RESULT ${JSON.stringify(attempts)}`);
  } finally {
    await strapi.destroy();
  }
  process.exit(0);
}
