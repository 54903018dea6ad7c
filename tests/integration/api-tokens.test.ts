/**
 * Who can get a credential for the content API. There are no end users: Strapi's
 * users-permissions plugin is disabled, so registration, login, password reset, providers and the
 * user and role APIs do not exist (404) and no account table is created; an anonymous request is
 * 401. Strapi's default "Read Only" and "Full Access" tokens never survive a start. The public
 * site's token expires, and `npm run token:rotate` replaces it while Strapi runs: the new secret
 * works at once, the old one until its grace period ends, then 401. A token found is kept in
 * memory, and forgotten as soon as any process changes the token tables.
 *
 * One Strapi server on a copy of the seeded database; the rotation command runs beside it as
 * province IT would run it, against the same database.
 */
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../database/paths';
import { PUBLIC_TOKEN_NAME, RETIRED_PUBLIC_TOKEN_PREFIX } from '../../cms/src/bootstrap/public-token';
import { renewPublicTokenIfDue } from '../../scripts/lib/public-token';
import { node } from '../../scripts/lib/tools';
import type { TestDatabase } from '../support/database';
import { AdminClient, ContentClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { logMessages, SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';

const DAY_MS = 24 * 60 * 60 * 1000;
const COMMUNE = 'khanh-khe';

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let admin: AdminClient;
let tokenFile: string;

beforeAll(async () => {
  const seeded = await createSeededDatabase('api_tokens');
  db = seeded.db;
  setup = seeded.setup;
  tokenFile = path.join(setup.workDir, 'public-site-token');
  strapi = await startStrapi(setup);
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

const site = (token?: string): ContentClient => new ContentClient(strapi.url, token, COMMUNE);
const fileSecret = async (): Promise<string> => (await readFile(tokenFile, 'utf8')).trim();

async function articlesWith(token: string): Promise<{ status: number; message: string | undefined; count: number }> {
  const response = await site(token).get<{ data?: unknown[] }>('/articles?pagination[pageSize]=2');
  return { status: response.status, message: response.body.error?.message, count: response.body.data?.length ?? 0 };
}

type Answer = Awaited<ReturnType<typeof articlesWith>>;

/**
 * The answer to `token` once a change to the token tables has reached Strapi. The change is
 * announced to every Strapi process (LISTEN api_tokens_changed, cms/src/extensions/api-token-cache.ts)
 * a moment after the statement commits: a request sent at once may still be answered from the
 * token kept before. Asked again every 50 ms, for up to 2 s, until the answer is `expected`.
 */
async function answerOnceNotified(token: string, expected: Answer): Promise<Answer> {
  let answer = await articlesWith(token);
  for (let tries = 0; tries < 40 && JSON.stringify(answer) !== JSON.stringify(expected); tries += 1) {
    await sleep(50);
    answer = await articlesWith(token);
  }
  return answer;
}

interface Rotation {
  code: number;
  stdout: string;
  stderr: string;
  result: {
    action: string;
    expiresAt: string;
    previousWorksUntil?: string | null;
    endedDeleted: number;
    files: string[];
    printed: boolean;
  } | null;
}

/** `npm run token:rotate -- <args>` (scripts/rotate-token.ts) against the test database. */
async function rotate(args: string[]): Promise<Rotation> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(repoRoot, 'scripts', 'rotate-token.ts'), ...args], {
      cwd: repoRoot,
      env: setup.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = `${stdout}\n${stderr}`.split('\n').find((entry) => entry.startsWith('TOKEN_RESULT '));
      resolve({
        code: code ?? 1,
        stdout,
        stderr,
        result: line ? (JSON.parse(line.slice('TOKEN_RESULT '.length)) as Rotation['result']) : null,
      });
    });
  });
}

interface TokenRow {
  name: string;
  type: string;
  lifespan: string | null;
  expires_at: Date | null;
  created_at: Date;
}
const tokenRows = (): Promise<TokenRow[]> =>
  db.query<TokenRow>('SELECT name, type, lifespan, expires_at, created_at FROM strapi_api_tokens ORDER BY id');

describe('end-user accounts: the users-permissions plugin is off', () => {
  const CONTENT_API_ROUTES: Array<[string, string, unknown?]> = [
    ['POST', '/auth/local/register', { username: 'attacker', email: 'attacker@example.com', password: '123456' }],
    ['POST', '/auth/local', { identifier: 'attacker@example.com', password: '123456' }],
    ['GET', '/connect/github'],
    ['GET', '/auth/github/callback?access_token=x'],
    ['POST', '/auth/forgot-password', { email: SUPER_ADMIN.email }],
    ['POST', '/auth/reset-password', { code: 'x', password: 'Abcdef12', passwordConfirmation: 'Abcdef12' }],
    ['GET', '/auth/email-confirmation?confirmation=x'],
    ['POST', '/auth/send-email-confirmation', { email: 'attacker@example.com' }],
    ['POST', '/auth/change-password', { currentPassword: '123456', password: 'Abcdef12', passwordConfirmation: 'Abcdef12' }],
    ['POST', '/auth/refresh', { refreshToken: 'x' }],
    ['POST', '/auth/logout', {}],
    ['GET', '/auth/sessions'],
    ['GET', '/users'],
    ['GET', '/users/me'],
    ['GET', '/users/count'],
    ['GET', '/users/1'],
    ['POST', '/users', { username: 'attacker2', email: 'attacker2@example.com', password: '123456', role: 1 }],
    ['PUT', '/users/1', { blocked: false }],
    ['DELETE', '/users/1'],
    ['GET', '/users-permissions/roles'],
    ['GET', '/users-permissions/roles/1'],
    ['POST', '/users-permissions/roles', { name: 'x', description: 'x', permissions: {} }],
    ['GET', '/users-permissions/permissions'],
  ];

  /**
   * What Strapi answers on a path that no route has: 404 for GET; 405 for other methods, because
   * the public folder's static route takes GET on every path (core middlewares/public.js) and the
   * router then answers "Method Not Allowed".
   */
  const NO_ROUTE: Record<string, string> = {
    GET: '404 NotFoundError',
    POST: '405 Method Not Allowed',
    PUT: '405 Method Not Allowed',
    DELETE: '405 Method Not Allowed',
  };
  const answer = (response: { status: number; body: unknown }): string =>
    `${response.status} ${typeof response.body === 'string' ? response.body : ((response.body as { error?: { name?: string } } | null)?.error?.name ?? '')}`;

  it(`answers none of its ${CONTENT_API_ROUTES.length} content-API routes, anonymous or with the site's token, with or without the commune header: exactly as a path that never existed`, async () => {
    const token = await fileSecret();
    const callers = [
      new ContentClient(strapi.url),
      new ContentClient(strapi.url, undefined, COMMUNE),
      new ContentClient(strapi.url, token, COMMUNE),
      new ContentClient(strapi.url, token),
    ];
    const call = (caller: ContentClient, method: string, route: string, body?: unknown) =>
      method === 'GET' ? caller.get(route) : caller.send(method, route, body ?? {});
    for (const method of Object.keys(NO_ROUTE))
      expect(`${method} ${answer(await call(callers[0] as ContentClient, method, '/no-such-route'))}`).toBe(
        `${method} ${NO_ROUTE[method]}`,
      );
    const seen: string[] = [];
    for (const [method, route, body] of CONTENT_API_ROUTES) {
      for (const caller of callers) {
        const response = await call(caller, method, route, body);
        seen.push(`${method} /api${route} ${answer(response)}`);
        expect(JSON.stringify(response.body)).not.toMatch(/jwt|attacker@example\.com|"users?"/);
      }
    }
    expect(seen).toEqual(CONTENT_API_ROUTES.flatMap(([method, route]) => callers.map(() => `${method} /api${route} ${NO_ROUTE[method]}`)));
  });

  it('has none of its admin routes either (the settings pages of end-user roles, providers, e-mail templates)', async () => {
    const ADMIN_ROUTES: Array<[string, string, unknown?]> = [
      ['GET', '/users-permissions/roles'],
      ['GET', '/users-permissions/permissions'],
      ['GET', '/users-permissions/routes'],
      ['GET', '/users-permissions/policies'],
      ['GET', '/users-permissions/advanced'],
      ['PUT', '/users-permissions/advanced', { allow_register: true, default_role: 'authenticated' }],
      ['GET', '/users-permissions/providers'],
      ['GET', '/users-permissions/email-templates'],
    ];
    const seen = [];
    for (const [method, route, body] of ADMIN_ROUTES) seen.push(`${method} ${route} ${answer(await admin.call(method, route, body))}`);
    expect(seen).toEqual(ADMIN_ROUTES.map(([method, route]) => `${method} ${route} ${NO_ROUTE[method]}`));
  });

  it('created no account table, no end-user role and no admin permission of the plugin', async () => {
    expect(await db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'up\\_%'")).toEqual([]);
    expect(await db.query("SELECT to_regclass('public.up_users') AS users")).toEqual([{ users: null }]);
    expect(await db.query("SELECT action FROM admin_permissions WHERE action LIKE 'plugin::users-permissions.%'")).toEqual([]);
  });

  it('answers an anonymous or made-up caller of the content API 401, and the site’s token 200', async () => {
    for (const caller of [new ContentClient(strapi.url), site(), site('not-a-token'), new ContentClient(strapi.url, 'x'.repeat(256))]) {
      const response = await caller.get<{ data?: unknown }>('/articles');
      expect({
        status: response.status,
        error: response.body.error?.name,
        message: response.body.error?.message,
        data: response.body.data,
      }).toEqual({
        status: 401,
        error: 'UnauthorizedError',
        message: 'Missing or invalid credentials',
        data: null,
      });
    }
    const legitimate = await articlesWith(await fileSecret());
    expect(legitimate.status).toBe(200);
    expect(legitimate.count).toBe(2);
  });
});

describe('API tokens after a fresh start and the seed', () => {
  it('are only the product’s: the public site token, custom, with an expiry 90 days after its creation', async () => {
    const rows = await tokenRows();
    expect(rows.map(({ name, type }) => ({ name, type }))).toEqual([{ name: PUBLIC_TOKEN_NAME, type: 'custom' }]);
    const [token] = rows;
    expect(Number(token?.lifespan)).toBe(90 * DAY_MS);
    expect(Math.abs((token?.expires_at?.getTime() ?? 0) - ((token?.created_at.getTime() ?? 0) + 90 * DAY_MS))).toBeLessThan(60_000);
  });
});

describe('rotating the public site token while Strapi runs', () => {
  let first: Rotation;
  let oldSecret: string;
  let newSecret: string;
  let fullAccessSecret: string;
  let rotatedAt: number;

  beforeAll(async () => {
    oldSecret = await fileSecret();
    // An installation from before: Strapi's default "Full Access" token, which works on everything.
    fullAccessSecret = await admin.createApiToken('Full Access', 'full-access');
    expect((await articlesWith(fullAccessSecret)).status).toBe(200);
    // Five days left: the start-up check must warn.
    await db.query("UPDATE strapi_api_tokens SET expires_at = now() + interval '5 days' WHERE name = $1", [PUBLIC_TOKEN_NAME]);
    first = await rotate(['--grace', '20s', '--file', tokenFile]);
    rotatedAt = Date.now();
    newSecret = await fileSecret();
  });

  it('runs, warns at start that the token expires within 14 days, and never prints a secret', () => {
    expect({ code: first.code, stderr: first.code === 0 ? '' : first.stderr }).toEqual({ code: 0, stderr: '' });
    const output = `${first.stdout}${first.stderr}`;
    expect(output).toMatch(/The public site token expires on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in 4 days; warned 14 days ahead\)/);
    expect(output).toContain('Việc cần làm tiếp:');
    expect(output).toContain('NUXT_STRAPI_TOKEN');
    expect(output).not.toContain(oldSecret);
    expect(output).not.toContain(newSecret);
    expect(first.result).toMatchObject({ action: 'rotated', endedDeleted: 0, files: [tokenFile], printed: false });
  });

  it('deletes Strapi’s default "Full Access" token at that start, with a log line, and its secret is refused 401', async () => {
    expect(logMessages(`${first.stdout}${first.stderr}`)).toMatch(
      /Deleted Strapi's default API token "Full Access" \(full-access, created [^)]+\): the product uses only its own, expiring tokens\./,
    );
    expect(await db.query("SELECT name FROM strapi_api_tokens WHERE name IN ('Full Access', 'Read Only')")).toEqual([]);
    const refused = await site(fullAccessSecret).get('/articles');
    expect({ status: refused.status, message: refused.body.error?.message }).toEqual({
      status: 401,
      message: 'Missing or invalid credentials',
    });
  });

  it('writes the new secret to the token file, mode 0600', async () => {
    expect(newSecret).toMatch(/^[0-9a-f]{256}$/);
    expect(newSecret).not.toBe(oldSecret);
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
  });

  it('gives the new token 90 days and the old one the grace period, under a name of its own', async () => {
    const rows = await tokenRows();
    const current = rows.filter((row) => row.name === PUBLIC_TOKEN_NAME);
    const retired = rows.filter((row) => row.name.startsWith(RETIRED_PUBLIC_TOKEN_PREFIX));
    expect(rows).toHaveLength(2);
    expect(current).toHaveLength(1);
    expect(Number(current[0]?.lifespan)).toBe(90 * DAY_MS);
    expect(Math.abs((current[0]?.expires_at?.getTime() ?? 0) - (Date.now() + 90 * DAY_MS))).toBeLessThan(120_000);
    expect(retired).toHaveLength(1);
    expect(retired[0]?.expires_at?.toISOString()).toBe(first.result?.previousWorksUntil);
  });

  it('serves the new token at once, and the old one within the grace period', async () => {
    const worksUntil = new Date(first.result?.previousWorksUntil ?? 0).getTime();
    expect(worksUntil - Date.now()).toBeGreaterThan(3000);
    expect(await articlesWith(newSecret)).toEqual({ status: 200, message: undefined, count: 2 });
    expect(await articlesWith(oldSecret)).toEqual({ status: 200, message: undefined, count: 2 });
  });

  it('refuses the old token 401 once the grace period is over', async () => {
    const worksUntil = new Date(first.result?.previousWorksUntil ?? 0).getTime();
    expect(worksUntil).toBeLessThanOrEqual(rotatedAt + 20_000);
    await sleep(Math.max(0, worksUntil - Date.now() + 1000));
    expect(await articlesWith(oldSecret)).toEqual({ status: 401, message: 'Token expired', count: 0 });
    expect(await articlesWith(newSecret)).toEqual({ status: 200, message: undefined, count: 2 });
  });

  it('refuses an expired token 401, and `npm start`’s check replaces it before the site starts', async () => {
    const expired = newSecret;
    await db.query("UPDATE strapi_api_tokens SET expires_at = now() - interval '1 minute' WHERE name = $1", [PUBLIC_TOKEN_NAME]);
    const refused = { status: 401, message: 'Token expired', count: 0 };
    expect(await answerOnceNotified(expired, refused)).toEqual(refused);

    await renewPublicTokenIfDue(db.url, setup.env);
    newSecret = await fileSecret();
    expect(newSecret).not.toBe(expired);
    expect(await articlesWith(newSecret)).toEqual({ status: 200, message: undefined, count: 2 });
    // Replaced after its end, it had no grace left: the rotation deleted it.
    const unknown = { status: 401, message: 'Missing or invalid credentials', count: 0 };
    expect(await answerOnceNotified(expired, unknown)).toEqual(unknown);
    // A valid token is left alone.
    await renewPublicTokenIfDue(db.url, setup.env);
    expect(await fileSecret()).toBe(newSecret);
  });

  it('keeps a token once found (cms/src/extensions/api-token-cache.ts), and forgets it the moment any process changes the token tables', async () => {
    const expiresAt = (
      await db.query<{ expires_at: Date }>('SELECT expires_at FROM strapi_api_tokens WHERE name = $1', [PUBLIC_TOKEN_NAME])
    )[0]?.expires_at;
    expect(await articlesWith(newSecret)).toEqual({ status: 200, message: undefined, count: 2 });
    // A change nobody announces (the notifying trigger off) is not seen: the token is not looked up again.
    await db.query('ALTER TABLE strapi_api_tokens DISABLE TRIGGER commune_api_tokens_changed');
    try {
      await db.query("UPDATE strapi_api_tokens SET expires_at = now() - interval '1 minute' WHERE name = $1", [PUBLIC_TOKEN_NAME]);
      expect(await articlesWith(newSecret)).toEqual({ status: 200, message: undefined, count: 2 });
    } finally {
      await db.query('ALTER TABLE strapi_api_tokens ENABLE TRIGGER commune_api_tokens_changed');
    }
    // Any statement on the table notifies every Strapi process: the expiry applies at once.
    await db.query('UPDATE strapi_api_tokens SET expires_at = expires_at WHERE name = $1', [PUBLIC_TOKEN_NAME]);
    const refused = { status: 401, message: 'Token expired', count: 0 };
    expect(await answerOnceNotified(newSecret, refused)).toEqual(refused);
    await db.query('UPDATE strapi_api_tokens SET expires_at = $2 WHERE name = $1', [PUBLIC_TOKEN_NAME, expiresAt]);
    const served = { status: 200, message: undefined, count: 2 };
    expect(await answerOnceNotified(newSecret, served)).toEqual(served);
  });

  it('with --grace 0 refuses the old token at once; --print gives the secret alone on standard output', async () => {
    const before = newSecret;
    const envFile = path.join(setup.workDir, 'site.env');
    const run = await rotate(['--grace', '0', '--print', '--site-env', envFile]);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    const printed = run.stdout.trim();
    expect(run.stdout).toBe(`${printed}\n`);
    expect(printed).toMatch(/^[0-9a-f]{256}$/);
    expect(run.stderr).not.toContain(printed);
    expect(await readFile(envFile, 'utf8')).toBe(`NUXT_STRAPI_TOKEN=${printed}\n`);
    expect((await stat(envFile)).mode & 0o777).toBe(0o600);
    // Only the env file was named: the launcher's token file is left as it was.
    expect(await fileSecret()).toBe(before);

    expect(await articlesWith(printed)).toEqual({ status: 200, message: undefined, count: 2 });
    expect(await articlesWith(before)).toEqual({ status: 401, message: 'Missing or invalid credentials', count: 0 });
    // The tokens whose grace had ended are gone: only the product's current token remains.
    expect((await tokenRows()).map((row) => row.name)).toEqual([PUBLIC_TOKEN_NAME]);
  });

  it('refuses a bad --grace with a Vietnamese message and changes nothing', async () => {
    const before = await tokenRows();
    const run = await rotate(['--grace', '5', '--file', tokenFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thời gian ân hạn “5” không hợp lệ');
    expect(await tokenRows()).toEqual(before);
  });
});
