import { matchesHost, toPublicCommune } from '../communes';

const row = {
  documentId: 'c1',
  name: 'Xã Khánh Khê',
  slug: 'khanh-khe',
  code: '06235',
  province: 'Lạng Sơn',
  primaryDomain: 'KhanhKhe.LangSon.gov.vn',
  domainAliases: ['khanhkhe.localhost', 42, 'XA-KHANHKHE.vn'],
  siteStatus: 'active',
  logo: { url: '/uploads/logo.png' },
};

describe('commune host resolution', () => {
  it('normalises domains and drops aliases that are not strings', () => {
    const commune = toPublicCommune(row);
    expect(commune.primaryDomain).toBe('khanhkhe.langson.gov.vn');
    expect(commune.domainAliases).toEqual(['khanhkhe.localhost', 'xa-khanhkhe.vn']);
    expect(commune.logoUrl).toBe('/uploads/logo.png');
    expect(commune.bannerUrl).toBeNull();
  });

  it('matches the primary domain and every alias, with any case and port', () => {
    const commune = toPublicCommune(row);
    expect(matchesHost(commune, 'khanhkhe.langson.gov.vn:443')).toBe(true);
    expect(matchesHost(commune, 'KHANHKHE.localhost:3000')).toBe(true);
    expect(matchesHost(commune, 'songiang.hatinh.gov.vn')).toBe(false);
    expect(matchesHost(commune, 'langson.gov.vn')).toBe(false);
  });

  it("gives every page's header the lighter of the logo and its thumbnail", () => {
    const thumbnail = { url: '/uploads/thumbnail_logo.png', size: 11.2 };
    expect(toPublicCommune({ ...row, logo: { url: '/uploads/logo.png', size: 840.5, formats: { thumbnail } } }).logoUrl).toBe(
      '/uploads/thumbnail_logo.png',
    );
    expect(toPublicCommune({ ...row, logo: { url: '/uploads/logo.png', size: 1.5, formats: { thumbnail } } }).logoUrl).toBe(
      '/uploads/logo.png',
    );
    expect(toPublicCommune({ ...row, logo: { url: '/uploads/logo.svg', size: 3, formats: null } }).logoUrl).toBe('/uploads/logo.svg');
    expect(toPublicCommune({ ...row, logo: null }).logoUrl).toBeNull();
  });

  it('treats an alias list that is not a list as no aliases', () => {
    expect(toPublicCommune({ ...row, domainAliases: 'khanhkhe.localhost' }).domainAliases).toEqual([]);
  });
});
