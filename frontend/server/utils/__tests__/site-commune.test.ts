import type { PublicCommune } from '../../../../plugins/commune-tenancy/shared';
import { toSiteCommune } from '../site-commune';

const STRAPI = 'http://127.0.0.1:1337';

const commune: PublicCommune = {
  documentId: 'c1',
  name: 'Xã Khánh Khê',
  shortName: 'Khánh Khê',
  slug: 'khanh-khe',
  code: '06235',
  province: 'Lạng Sơn',
  primaryDomain: 'khanhkhe.langson.gov.vn',
  domainAliases: [],
  themeColor: '#a51d24',
  address: null,
  phone: null,
  fax: null,
  email: null,
  contentResponsible: null,
  reuseNote: null,
  logoUrl: '/uploads/thumbnail_logo.png',
  bannerUrl: null,
};

describe('toSiteCommune', () => {
  it("keeps the local upload provider's site-relative logo and banner", () => {
    expect(toSiteCommune({ ...commune, bannerUrl: '/uploads/banner.jpg' }, STRAPI)).toEqual({
      ...commune,
      bannerUrl: '/uploads/banner.jpg',
    });
  });

  it("serves a logo and banner given on Strapi's own origin from this site's /uploads route", () => {
    const site = toSiteCommune(
      { ...commune, logoUrl: `${STRAPI}/uploads/logo.png`, bannerUrl: `${STRAPI}/uploads/banner.jpg` },
      `${STRAPI}/`,
    );
    expect(site.logoUrl).toBe('/uploads/logo.png');
    expect(site.bannerUrl).toBe('/uploads/banner.jpg');
  });

  it('leaves a public storage URL (S3, CDN) and a missing picture as they are', () => {
    const site = toSiteCommune({ ...commune, logoUrl: null, bannerUrl: 'https://media.langson.gov.vn/banner.jpg' }, STRAPI);
    expect(site.logoUrl).toBeNull();
    expect(site.bannerUrl).toBe('https://media.langson.gov.vn/banner.jpg');
  });
});
