/**
 * The CMS's HTTP edge, attacked as a stranger on the internet would: CORS from other origins
 * (every *.langson.gov.vn host is same-site with the CMS: gov.vn is a public suffix), forged
 * X-Forwarded-* headers, TRACE, secrets in the request log, and a production start with weak
 * secrets. One Strapi, on an empty database, behind a "proxy" at 127.0.0.1 (TRUSTED_PROXIES); a
 * client that is not the proxy connects from 127.0.0.2.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { cmsDir } from '../../database/paths';
import { node, tools } from '../../scripts/lib/tools';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { logMessages, prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import { freshCode, rememberSecret } from '../support/two-factor';

const ADMIN_ORIGIN = 'https://cms.langson.gov.vn';
const OTHER_ORIGINS = ['https://evil.example', 'https://khanhkhe.langson.gov.vn', 'null'];

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTP request from a chosen local address (127.0.0.1 is the trusted proxy, 127.0.0.2 is not). */
function rawRequest(options: {
  method: string;
  path: string;
  from: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<RawAnswer> {
  const url = new URL(strapi.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        localAddress: options.from,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const login = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
  rawRequest({
    method: 'POST',
    path: '/admin/login',
    from,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });

const postJson = (from: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest({ method: 'POST', path, from, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * The second step after a right password (the super admin must use two-step sign-in): the
 * session and its refresh cookie come from this answer, not from /admin/login's.
 */
async function secondStep(from: string, email: string, loginAnswer: RawAnswer, headers: Record<string, string>): Promise<RawAnswer> {
  const { challenge, step } = (JSON.parse(loginAnswer.body) as { data: { twoFactor: { challenge: string; step: 'verify' | 'enrol' } } })
    .data.twoFactor;
  if (step === 'enrol') {
    const offer = await postJson(from, '/two-factor/challenge/enrol', { challenge }, headers);
    rememberSecret(strapi.url, email, (JSON.parse(offer.body) as { data: { secret: string } }).data.secret);
    return postJson(from, '/two-factor/challenge/enrol/confirm', { challenge, code: await freshCode(strapi.url, email) }, headers);
  }
  return postJson(from, '/two-factor/challenge/verify', { challenge, code: await freshCode(strapi.url, email) }, headers);
}

beforeAll(async () => {
  db = await createTestDatabase('http_hardening');
  setup = await prepareStrapi(db.url);
  Object.assign(setup.env, {
    TRUSTED_PROXIES: '127.0.0.1',
    PUBLIC_URL: ADMIN_ORIGIN,
    STRAPI_LOG_LEVEL: 'http',
    ADDRESS_FAILURE_LIMIT: '5',
  });
  strapi = await startStrapi(setup);
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('the admin API answers CORS for its own origin only', () => {
  it.each(OTHER_ORIGINS)('a browser page on %s gets no CORS answer, with or without credentials', async (origin) => {
    const preflight = await fetch(`${strapi.url}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await fetch(`${strapi.url}/admin/access-token`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(401);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    const contentApi = await fetch(`${strapi.url}/api/articles`, { headers: { origin } });
    expect(contentApi.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("the admin's own origin (PUBLIC_URL) is answered, with credentials", async () => {
    const preflight = await fetch(`${strapi.url}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: ADMIN_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ADMIN_ORIGIN);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('the server says nothing it need not, and refuses TRACE', () => {
  it.each(['/_health', '/admin/init', '/api/articles', '/admin/login'])('%s carries no X-Powered-By', async (path) => {
    const response = await fetch(`${strapi.url}${path}`);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('a browser asking for /favicon.ico gets the icon, not an error', async () => {
    const icon = await fetch(`${strapi.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
  });

  it.each(['/_health', '/admin/init', '/api/articles'])('TRACE %s is 405', async (path) => {
    const answer = await rawRequest({ method: 'TRACE', path, from: '127.0.0.1', headers: { cookie: 'jwtToken=secret' } });
    expect(answer.status).toBe(405);
    expect(answer.body).not.toContain('secret');
  });
});

describe('X-Forwarded-* is believed only from the trusted proxy', () => {
  // Failed sign-ins are counted per client address across accounts (plugins/account-security;
  // ADDRESS_FAILURE_LIMIT is 5 here): five failures block the address, whatever the password.
  const failFiveTimes = async (from: string, label: string, forwardedFor: string) => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await login(from, `nan.nhan.${label}.${attempt}@thu.nghiem.vn`, 'Sai-Mat-Khau-1', { 'x-forwarded-for': forwardedFor })).status,
      ).toBe(400);
    }
  };

  it("behind the proxy, the client is the address the proxy appended: a forged left part is ignored, and one client's block is not another's", async () => {
    await failFiveTimes('127.0.0.1', '1', '6.6.6.6, 198.51.100.7');
    expect((await login('127.0.0.1', 'nan.nhan.1.x@thu.nghiem.vn', 'Sai-Mat-Khau-1', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(
      429,
    );
    // Another citizen behind the same proxy is not blocked with them.
    expect((await login('127.0.0.1', 'nan.nhan.1.x@thu.nghiem.vn', 'Sai-Mat-Khau-1', { 'x-forwarded-for': '198.51.100.8' })).status).toBe(
      400,
    );
  });

  it('from anyone else, X-Forwarded-For is ignored: forging a new address does not escape the block', async () => {
    await failFiveTimes('127.0.0.2', '2', '203.0.113.1');
    expect((await login('127.0.0.2', 'nan.nhan.2.x@thu.nghiem.vn', 'Sai-Mat-Khau-1', { 'x-forwarded-for': '203.0.113.2' })).status).toBe(
      429,
    );
  });

  it('admin cookies are Secure behind the TLS proxy, and X-Forwarded-Proto from anyone else changes nothing', async () => {
    const proxyHeaders = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.9' };
    const passwordViaProxy = await login('127.0.0.1', SUPER_ADMIN.email, SUPER_ADMIN.password, proxyHeaders);
    expect(passwordViaProxy.status).toBe(200);
    expect(passwordViaProxy.headers['set-cookie']).toBeUndefined(); // no session before the code
    const viaProxy = await secondStep('127.0.0.1', SUPER_ADMIN.email, passwordViaProxy, proxyHeaders);
    expect(viaProxy.status).toBe(200);
    const proxied = [viaProxy.headers['set-cookie'] ?? []].flat();
    expect(proxied.length).toBeGreaterThan(0);
    for (const cookie of proxied) expect(cookie).toMatch(/;\s*secure/i);
    // 127.0.0.2 is blocked by the test above: another direct client.
    const directHeaders = { 'x-forwarded-proto': 'https' };
    const passwordDirect = await login('127.0.0.3', SUPER_ADMIN.email, SUPER_ADMIN.password, directHeaders);
    expect(passwordDirect.status).toBe(200);
    const direct = await secondStep('127.0.0.3', SUPER_ADMIN.email, passwordDirect, directHeaders);
    expect(direct.status).toBe(200);
    for (const cookie of [direct.headers['set-cookie'] ?? []].flat()) expect(cookie).not.toMatch(/;\s*secure/i);
  });
});

describe('no secret in any log line', () => {
  it('registration and reset tokens, JWTs and API tokens in URLs are redacted from the request log', async () => {
    const registrationToken = 'a3f9c2d1e4b5'.repeat(4);
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    await fetch(`${strapi.url}/admin/registration-info?registrationToken=${registrationToken}`);
    await fetch(`${strapi.url}/admin/reset-password?code=ma-dat-lai-bi-mat`);
    await fetch(`${strapi.url}/api/articles?access_token=${jwt}`);
    await fetch(`${strapi.url}/api/articles?token=token-trong-duong-dan`);
    // The request log line is written after the answer; give the process a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const log = strapi.output();
    expect(log).toContain('/admin/registration-info?registrationToken=[REDACTED]');
    for (const secret of [registrationToken, jwt, 'ma-dat-lai-bi-mat', 'token-trong-duong-dan']) expect(log).not.toContain(secret);
  });
});

describe('a production start fails closed', () => {
  /** Starts `strapi start` on the same database with one change to the environment. */
  const startWith = (change: Record<string, string | undefined>) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...setup.env, PORT: '0', NODE_ENV: 'production', ...change };
      for (const [key, value] of Object.entries(change)) if (value === undefined) Reflect.deleteProperty(env, key);
      const child = spawn(node, [tools.strapi, 'start'], { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), 90000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        // Production logs are JSON lines: read their messages.
        resolve({ code, output: logMessages(output) });
      });
    });

  it.each([
    ['a secret shorter than 32 bytes', { ENCRYPTION_KEY: 'short-secret' }, 'ENCRYPTION_KEY is shorter than 32 bytes'],
    ['a CHANGE_ME placeholder', { API_TOKEN_SALT: 'CHANGE_ME_TO_SOMETHING_RANDOM_AND_LONG' }, 'API_TOKEN_SALT is a CHANGE_ME placeholder'],
    ['an app key placeholder', { APP_KEYS: 'CHANGE_ME_1,CHANGE_ME_2' }, 'APP_KEYS (key 1) is a CHANGE_ME placeholder'],
    ['another variable left as a placeholder', { SMTP_PASSWORD: 'CHANGE_ME' }, 'SMTP_PASSWORD is a CHANGE_ME placeholder'],
    ['a missing secret', { TRANSFER_TOKEN_SALT: undefined }, 'TRANSFER_TOKEN_SALT is not set'],
  ])('refuses to start with %s, naming it and not its value', async (_case, change, problem) => {
    const { code, output } = await startWith(change);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain('Refusing to start in production');
    expect(output).toContain(problem);
    if ('ENCRYPTION_KEY' in change) expect(output).not.toContain('short-secret');
  });

  it('a malformed TRUSTED_PROXIES stops the start instead of trusting nobody or everybody', async () => {
    const { code, output } = await startWith({ TRUSTED_PROXIES: 'localhost' });
    expect(code).not.toBe(0);
    expect(output).toContain('TRUSTED_PROXIES: "localhost" is not an IP address');
  });
});
