/**
 * Runs one of the CMS's own scripts (cms/dist/scripts/*.js: model-map, reindex, provision) against a database,
 * and returns the JSON of its `<MARKER> {json}` line. The environment is the platform's: in
 * production the process already has it (DATABASE_URL and the secrets, from the environment
 * file); under `npm start` it is built as `npm start` builds it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cmsDir } from '../../database/paths.ts';
import { strapiEnv } from './stack.ts';
import { node } from './tools.ts';

export async function strapiScriptEnv(databaseUrl: string, options: { scratch?: boolean } = {}): Promise<NodeJS.ProcessEnv> {
  const base = process.env.DATABASE_URL ? { ...process.env } : await strapiEnv(databaseUrl, Number(process.env.CMS_PORT ?? 1337));
  // A script's Strapi publishes nothing on a schedule; it does its one job and stops.
  const env: NodeJS.ProcessEnv = { ...base, DATABASE_URL: databaseUrl, EDITORIAL_SCHEDULE_INTERVAL_MS: '0', STRAPI_LOG_LEVEL: 'warn' };
  if (options.scratch) {
    // Booted on a scratch copy: it must write no file the live platform reads.
    delete env.PUBLIC_SITE_TOKEN_FILE;
    delete env.FIRST_ADMIN_CREDENTIALS_FILE;
  }
  return env;
}

export async function runCmsScript<T>(script: string, args: string[], env: NodeJS.ProcessEnv, marker: string): Promise<T> {
  const file = path.join(cmsDir, 'dist', 'scripts', `${script}.js`);
  return new Promise<T>((resolve, reject) => {
    const child = spawn(node, [file, ...args], { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = output.split('\n').find((entry) => entry.startsWith(`${marker} `));
      if (code !== 0 || !line)
        reject(new Error(`${script} exited with ${code} (is the CMS built? npm run build):\n${output.slice(-3000)}`));
      else resolve(JSON.parse(line.slice(marker.length + 1)) as T);
    });
  });
}
