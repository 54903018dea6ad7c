import { brandingMessages, PRODUCT_NAME } from '../identity';
import { brandedTitle } from '../page-chrome';

describe('the admin tab title', () => {
  it.each([
    ['Strapi Admin', 'Quản trị trang xã, phường'],
    ['Tin bài | Strapi', 'Tin bài | Quản trị trang xã, phường'],
    ['Cài đặt — Users | Strapi', 'Cài đặt — Người dùng | Quản trị trang xã, phường'],
    ['Cài đặt — Roles | Strapi', 'Cài đặt — Vai trò | Quản trị trang xã, phường'],
    ['Cài đặt — Tin bài | Strapi', 'Cài đặt — Tin bài | Quản trị trang xã, phường'],
    ['Tin bài | Quản trị trang xã, phường', 'Tin bài | Quản trị trang xã, phường'],
  ])('turns “%s” into “%s”', (title, branded) => {
    expect(brandedTitle(title)).toBe(branded);
  });
});

describe('the login page’s words', () => {
  it('names the product, and the province when one is configured', () => {
    expect(brandingMessages('Tỉnh Lạng Sơn')).toMatchObject({
      'Auth.form.welcome.title': PRODUCT_NAME,
      'Auth.form.welcome.subtitle': 'Đăng nhập trang quản trị — Tỉnh Lạng Sơn',
    });
    expect(brandingMessages('')).toMatchObject({
      'Auth.form.welcome.subtitle': 'Đăng nhập trang quản trị',
      'app.components.LeftMenu.navbrand.workplace': 'Trang quản trị',
    });
  });
});
