import { REQUIRED_SECTIONS, withRequiredSections } from '../menu';
import { siteSettings } from '../defaults';

const urls = (menu: ReadonlyArray<{ url: string; children: Array<{ url: string }> }>): string[] =>
  menu.flatMap((item) => [item.url, ...item.children.map((child) => child.url)]);

const REQUIRED_URLS = REQUIRED_SECTIONS.flatMap((section) => [section.url, ...section.children.map((child) => child.url)]);

describe('withRequiredSections', () => {
  it('adds every missing section, in order, and leaves the editor’s entries alone', () => {
    const old = [
      { label: 'Trang chủ', url: '/', children: [] },
      { label: 'Giới thiệu', url: '/gioi-thieu/tong-quan', children: [{ label: 'Lịch sử', url: '/gioi-thieu/lich-su' }] },
      { label: 'Tin tức', url: '/tin-tuc', children: [] },
      { label: 'Văn bản', url: '/van-ban', children: [] },
      { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh', children: [] },
      { label: 'Liên hệ', url: '/lien-he', children: [] },
      { label: 'English', url: '/en', children: [] },
    ];
    const { menu, added } = withRequiredSections(old);
    expect(added).toBe(11);
    expect(menu.map((item) => item.label)).toEqual([
      'Trang chủ',
      'Giới thiệu',
      'Tin tức',
      'Văn bản',
      'Thủ tục hành chính',
      'Công khai',
      'Lịch công tác',
      'Hỏi đáp',
      'Lấy ý kiến dự thảo',
      'Liên hệ',
      'English',
    ]);
    expect(menu[1]?.children.map((child) => child.url)).toEqual([
      '/gioi-thieu/lich-su',
      '/gioi-thieu/lanh-dao',
      '/gioi-thieu/so-do-to-chuc',
    ]);
    expect(urls(menu)).toEqual(expect.arrayContaining(REQUIRED_URLS));
    expect(old[1]?.children).toHaveLength(1);
  });

  it('changes nothing on a second run, nor where the editor placed a section elsewhere', () => {
    const once = withRequiredSections([{ label: 'Trang chủ', url: '/', children: [{ label: 'Ngân sách', url: '/cong-khai-ngan-sach' }] }]);
    expect(once.menu.find((item) => item.label === 'Công khai')?.children.map((child) => child.url)).not.toContain('/cong-khai-ngan-sach');
    expect(withRequiredSections(once.menu)).toEqual({ menu: once.menu, added: 0 });
  });
});

describe('the default menu of a new commune', () => {
  it('reaches every required section', () => {
    const { menu } = siteSettings({ name: 'Xã Thử Nghiệm', province: 'Lạng Sơn' } as Parameters<typeof siteSettings>[0]);
    expect(urls(menu)).toEqual(expect.arrayContaining(REQUIRED_URLS));
    expect(withRequiredSections(menu).added).toBe(0);
  });
});
