/**
 * What `npm start`, `npm run dev` and `npm run seed` share: the environment Strapi runs with,
 * and whether the database still needs its demo data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { cmsDir, dataDir } from '../../database/paths.ts';
import { loadSecrets } from './secrets.ts';
import { baseEnv, node, tools } from './tools.ts';
import { run } from './processes.ts';

export const publicTokenFile = path.join(dataDir, 'public-site-token');
export const firstAdminFile = path.join(dataDir, 'first-admin.json');

export async function strapiEnv(databaseUrl: string, port: number): Promise<NodeJS.ProcessEnv> {
  return baseEnv({
    ...(await loadSecrets()),
    DATABASE_URL: databaseUrl,
    HOST: process.env.HOST ?? '0.0.0.0',
    PORT: String(port),
    FIRST_ADMIN_CREDENTIALS_FILE: firstAdminFile,
    PUBLIC_SITE_TOKEN_FILE: publicTokenFile,
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
  });
}

/** True when the database has no commune yet, or the public site's token is not on this machine. */
export async function needsSeed(databaseUrl: string): Promise<boolean> {
  if (!existsSync(publicTokenFile)) return true;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public.communes') AS name");
    if (!table.rows[0]?.name) return true;
    const count = await client.query<{ n: string }>('SELECT count(*) AS n FROM communes');
    return Number(count.rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

export function runSeed(env: NodeJS.ProcessEnv): Promise<void> {
  return run(node, [path.join(cmsDir, 'dist', 'scripts', 'seed.js')], { cwd: cmsDir, env });
}

export interface CommuneSummary {
  name: string;
  slug: string;
  primary_domain: string;
  domain_aliases: string[] | null;
}

export async function listCommunes(databaseUrl: string): Promise<CommuneSummary[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<CommuneSummary>(
      "SELECT name, slug, primary_domain, domain_aliases FROM communes WHERE site_status = 'active' ORDER BY name",
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

export const strapiCommand = (mode: 'start' | 'develop'): [string, string[]] => [node, [tools.strapi, mode]];
