/**
 * No secret reaches the logs of a real run. Strapi (production mode, request log on, level http)
 * and the built site run a flow that uses every kind of secret the platform hands out — an admin
 * session token, an API token (in a header and, carelessly, in a URL), an invitation's
 * registration token (in the registration page's URL), the site's own Strapi token and its visit
 * secret — and then the captured output of both processes is searched for each value.
 */
import { request } from 'node:http';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const HOST = 'khanhkhe.langson.gov.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
const secrets: Record<string, string> = {};

/** A page of the site, as a browser asks for it (its host is a commune's domain). */
function page(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: site.port,
        path,
        headers: { host: `${HOST}:${site.port}`, accept: 'text/html', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_log_secrets');
  db = seeded.db;
  Object.assign(seeded.setup.env, { STRAPI_LOG_LEVEL: 'http', LOG_REQUESTS: 'true' });
  strapi = await startStrapi(seeded.setup);
  secrets.siteToken = await strapi.publicToken();
  site = await startSite({ strapiUrl: strapi.url, token: secrets.siteToken });
  secrets.visitSecret = site.visitSecret;
});

afterAll(async () => {
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

describe('the logs of a real run hold no secret', () => {
  it("after a flow with an admin token, an API token, a registration token and the site's token and visit secret", async () => {
    const admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
    secrets.adminToken = admin.token;
    secrets.password = SUPER_ADMIN.password;

    secrets.apiToken = await admin.createApiToken('Thử nhật ký', 'read-only');
    expect(
      (await fetch(`${strapi.url}/api/articles`, { headers: { authorization: `Bearer ${secrets.apiToken}`, 'x-commune': 'khanh-khe' } }))
        .status,
    ).toBe(200);
    // A careless client puts the token in the URL: the request log must not repeat it.
    await fetch(`${strapi.url}/api/articles?token=${secrets.apiToken}`, { headers: { 'x-commune': 'khanh-khe' } });

    const commune = await admin.call<{ results: Array<{ documentId: string; slug: string }> }>(
      'GET',
      '/content-manager/collection-types/plugin::commune-tenancy.commune?page=1&pageSize=10',
    );
    const khanhKhe = commune.body.results.find((entry) => entry.slug === 'khanh-khe');
    const invitation = await admin.call<{ data: { inviteUrl: string } }>('POST', '/commune-tenancy/invitations', {
      email: 'moi.nhat.ky@thu.nghiem.vn',
      firstname: 'Mời',
      lastname: 'Thử',
      commune: khanhKhe?.documentId,
      boardRole: 'member',
      isCommuneAdmin: false,
    });
    expect(invitation.status).toBe(201);
    secrets.registrationToken = new URL(invitation.body.data.inviteUrl).searchParams.get('registrationToken') ?? '';
    expect(secrets.registrationToken).not.toBe('');
    // The invited person opens the link: the registration page asks Strapi with the token in the URL.
    expect((await fetch(`${strapi.url}/admin/registration-info?registrationToken=${secrets.registrationToken}`)).status).toBe(200);

    // Citizens read the site: its server calls Strapi with its token and counts the visit.
    for (const path of ['/', '/van-ban']) expect(await page(path)).toBe(200);
    // Let both processes write their lines.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const strapiLog = strapi.output();
    const siteLog = site.output();
    // The log is not empty by accident: the requests above are in it, redacted.
    expect(strapiLog).toContain('/admin/registration-info?registrationToken=[REDACTED]');
    expect(strapiLog).toContain('/api/articles');
    for (const [name, value] of Object.entries(secrets)) {
      expect(value.length).toBeGreaterThan(8);
      expect({ name, inStrapiLog: strapiLog.includes(value), inSiteLog: siteLog.includes(value) }).toEqual({
        name,
        inStrapiLog: false,
        inSiteLog: false,
      });
    }
  });
});
