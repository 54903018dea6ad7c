import { liveFileGovernance, liveFileRefusal, type LiveUse } from '../live-files';

const ARTICLE: LiveUse = { uid: 'api::article.article', label: 'Hội nghị tổng kết năm 2025' };
const DOCUMENT: LiveUse = { uid: 'api::document.document', label: '312/QĐ-UBND' };
const OFFICIAL: LiveUse = { uid: 'api::official.official', label: 'Hoàng Văn Thắng' };
const LOGO: LiveUse = { uid: 'plugin::commune-tenancy.commune', label: 'Xã Khánh Khê' };

describe('liveFileGovernance', () => {
  it('gives a file the board’s types or the head’s types use to the head and the commune admin', () => {
    expect(liveFileGovernance([ARTICLE, DOCUMENT])).toBe('head-and-admin');
    expect(liveFileGovernance([OFFICIAL])).toBe('head-and-admin');
  });

  it('gives the commune’s logo to province IT, whatever else uses it', () => {
    expect(liveFileGovernance([ARTICLE, LOGO])).toBe('province');
  });
});

describe('liveFileRefusal', () => {
  it('names the file, where the site shows it, who may change it and what to do instead', () => {
    expect(liveFileRefusal('quyet-dinh-312.pdf', [DOCUMENT, DOCUMENT])).toBe(
      'Tệp “quyet-dinh-312.pdf” đang hiển thị trên trang của xã (văn bản “312/QĐ-UBND”). ' +
        'Chỉ Trưởng ban biên tập hoặc Quản trị xã được thay thế, đổi tên, sửa mô tả hoặc xóa tệp này; thay đổi của bạn chưa được lưu. ' +
        'Muốn dùng tệp khác, hãy tải tệp mới lên, chọn tệp đó trong nội dung rồi gửi Ban biên tập duyệt.',
    );
  });

  it('names three uses and counts the rest; a row without a label is named by its type', () => {
    const message = liveFileRefusal('anh.jpg', [
      ARTICLE,
      DOCUMENT,
      OFFICIAL,
      { uid: 'api::page.page', label: null },
      { uid: 'api::plan.plan', label: 'Quy hoạch chung' },
    ]);
    expect(message).toContain(
      '(tin, bài “Hội nghị tổng kết năm 2025”; văn bản “312/QĐ-UBND”; lãnh đạo, cán bộ “Hoàng Văn Thắng” và 2 nội dung khác)',
    );
  });

  it('says province IT for the logo', () => {
    expect(liveFileRefusal('logo.png', [LOGO])).toContain('Chỉ cán bộ quản trị của tỉnh được thay thế');
  });
});
