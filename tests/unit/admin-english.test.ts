/**
 * The English-string checker of the admin e2e walks, on the word list built from Strapi's real
 * strings: it must catch what the issue found on the editors' screens and pass Vietnamese text,
 * names and addresses.
 */
import { adminDictionary, buildDictionary, findEnglish, looksEnglish } from '../support/admin-english';

const dictionary = adminDictionary();

describe('the admin English-string checker', () => {
  it.each([
    'Add more assets',
    'Create new entry',
    '17 entries found',
    'Discard changes',
    'max. 255 characters',
    'No entry yet. Click to add one.',
    'Add or create a relation',
    'Drag & Drop here or',
    'Upload 1 assets to the library',
    'STATUS',
    'Published',
    'The file is too large to be uploaded. It exceeds the maximum request size allowed by the server.',
    'Tải 2 assets lên thư viện',
    'Tài khoản | Strapi',
  ])('reports “%s”', (text) => {
    expect(looksEnglish(text, dictionary)).toBe(true);
  });

  it.each([
    'Thêm tệp khác',
    'Tìm thấy 17 mục',
    'Huỷ thay đổi',
    'tối đa 255 ký tự',
    'In báo cáo',
    'Tin bài',
    'Xã Khánh Khê ra quân làm đường giao thông nông thôn',
    'Lan Hoàng Thị',
    'congtacvien.e2e@khanhkhe.thu.vn',
    'https://khanhkhe.langson.gov.vn/tin-tuc',
    'anh-bia.jpg',
    '22/11/2026 08:30',
    'Xuất Excel',
    'Email',
    '',
  ])('passes “%s”', (text) => {
    expect(looksEnglish(text, dictionary)).toBe(false);
  });

  it('builds its word list from English strings minus the words Vietnamese strings use', () => {
    const small = buildDictionary(['Send the file', 'Upload to the library'], ['Gửi tin', 'Tải lên thư viện video', 'In báo cáo']);
    expect([...small.english].sort()).toEqual(['file', 'library', 'send', 'the', 'upload']);
    expect(looksEnglish('Send the video', small)).toBe(true);
    expect(looksEnglish('Gửi video', small)).toBe(false);
  });

  it('lists each English text once, with where it was seen', () => {
    expect(
      findEnglish(
        [
          { text: 'Discard changes', where: 'button' },
          { text: 'Discard changes', where: 'button' },
          { text: 'Lưu', where: 'button' },
          { text: 'Search', where: 'input placeholder' },
        ],
        dictionary,
      ),
    ).toEqual(['button: Discard changes', 'input placeholder: Search']);
  });
});
