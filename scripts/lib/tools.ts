/** Entry points of the tools the scripts run, always under this project's Node 24. */
import path from 'node:path';
import { repoRoot } from '../../database/paths.ts';

const bin = (relative: string): string => path.join(repoRoot, 'node_modules', relative);

export const node = process.execPath;
export const tools = {
  strapi: bin('@strapi/strapi/bin/strapi.js'),
  nuxi: bin('@nuxt/cli/bin/nuxi.mjs'),
  tsc: bin('typescript/bin/tsc'),
  vueTsc: bin('vue-tsc/bin/vue-tsc.js'),
  jest: bin('jest/bin/jest.js'),
  eslint: bin('eslint/bin/eslint.js'),
  prettier: bin('prettier/bin/prettier.cjs'),
};

/** Environment every child gets: no telemetry, no update checks, this Node first on PATH. */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${path.dirname(node)}${path.delimiter}${path.join(repoRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_HIDE_STARTUP_MESSAGE: 'true',
    NUXT_TELEMETRY_DISABLED: '1',
    BROWSERSLIST_IGNORE_OLD_DATA: '1',
    ...extra,
  };
}
