import type { NavLink } from '../../types/content';
import { publicServicePortalLink } from '../public-service-portal';

const link = (label: string, url: string): NavLink => ({ label, url, description: null });

describe('publicServicePortalLink', () => {
  it("finds the national public service portal among the commune's featured links", () => {
    const links = [
      link('Cổng thông tin điện tử tỉnh Lạng Sơn', 'https://langson.gov.vn'),
      link('Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn'),
    ];
    expect(publicServicePortalLink(links)).toEqual(links[1]);
    expect(publicServicePortalLink([link('DVC', ' http://WWW.dichvucong.gov.vn/p/home/dvc-trang-chu.html ')])?.label).toBe('DVC');
  });

  it('is null when the commune has not listed it, or for look-alike and unsafe addresses', () => {
    expect(publicServicePortalLink([])).toBeNull();
    expect(publicServicePortalLink([link('Chính phủ', 'https://chinhphu.vn')])).toBeNull();
    expect(publicServicePortalLink([link('Giả mạo', 'https://dichvucong.gov.vn.example.com')])).toBeNull();
    expect(publicServicePortalLink([link('Mã độc', 'javascript://dichvucong.gov.vn/%0aalert(1)')])).toBeNull();
    expect(publicServicePortalLink([link('Tương đối', '/dichvucong.gov.vn')])).toBeNull();
  });
});
