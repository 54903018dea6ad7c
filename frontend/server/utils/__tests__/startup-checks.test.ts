import { MIN_SECRET_BYTES, secretProblem, startupProblems, startupRefusal } from '../startup-checks';

const TOKEN = 'a'.repeat(64);
const VISIT = 'b'.repeat(64);

describe('secretProblem', () => {
  it('accepts 32 bytes or more', () => {
    expect(secretProblem('X', 'k'.repeat(MIN_SECRET_BYTES))).toBeNull();
    expect(secretProblem('X', TOKEN)).toBeNull();
  });

  it.each([
    [undefined, 'X is not set'],
    ['', 'X is not set'],
    ['   ', 'X is not set'],
    ['CHANGE_ME', 'X is still the CHANGE_ME placeholder of config/.env.example'],
    [`CHANGE_ME_${'x'.repeat(40)}`, 'X is still the CHANGE_ME placeholder of config/.env.example'],
    ['change-me-please-this-is-long-enough-now', 'X is still the CHANGE_ME placeholder of config/.env.example'],
    ['k'.repeat(31), 'X is 31 bytes long; at least 32 are required'],
  ])('refuses %j', (value, problem) => {
    expect(secretProblem('X', value)).toBe(problem);
  });
});

describe('startupProblems', () => {
  it('asks nothing of a development machine but readable settings', () => {
    expect(startupProblems({ strapiToken: '', visitSecret: '' }, false)).toEqual([]);
    expect(startupProblems({ siteScheme: 'gopher' }, false)).toEqual(['NUXT_SITE_SCHEME must be "https" or "http", not "gopher"']);
  });

  it('requires real secrets in production', () => {
    expect(startupProblems({ strapiToken: TOKEN, visitSecret: VISIT }, true)).toEqual([]);
    expect(startupProblems({ strapiToken: '', visitSecret: '' }, true)).toEqual([
      'NUXT_STRAPI_TOKEN is not set',
      'NUXT_VISIT_SECRET is not set',
    ]);
    expect(startupProblems({ strapiToken: 'CHANGE_ME', visitSecret: VISIT }, true)).toEqual([
      'NUXT_STRAPI_TOKEN is still the CHANGE_ME placeholder of config/.env.example',
    ]);
    expect(startupProblems({ strapiToken: TOKEN, visitSecret: 'short' }, true)).toEqual([
      'NUXT_VISIT_SECRET is 5 bytes long; at least 32 are required',
    ]);
  });

  it('refuses the Strapi token as the visit secret in production', () => {
    expect(startupProblems({ strapiToken: TOKEN, visitSecret: TOKEN }, true)).toEqual([
      'NUXT_VISIT_SECRET must differ from NUXT_STRAPI_TOKEN',
    ]);
  });

  it('refuses trusted proxies it cannot read, anywhere', () => {
    expect(startupProblems({ trustedProxies: 'true' }, false)).toEqual([
      'NUXT_TRUSTED_PROXIES: "true" is not an IP address, a CIDR range (10.0.0.0/8, fd00::/8) or "loopback"',
    ]);
  });
});

describe('startupRefusal', () => {
  it('names each problem and where to fix it', () => {
    expect(startupRefusal(['NUXT_STRAPI_TOKEN is not set'], true)).toBe(
      [
        'The public site refuses to start in production (NODE_ENV=production):',
        '  - NUXT_STRAPI_TOKEN is not set',
        'Set these in the environment (see config/.env.example, section "Public sites (Nuxt)").',
      ].join('\n'),
    );
  });
});
