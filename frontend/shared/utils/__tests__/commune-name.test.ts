import { communeInSentence } from '../commune-name';

describe('communeInSentence', () => {
  it.each([
    ['Xã Khánh Khê', 'xã Khánh Khê'],
    ['Phường Hồng Bàng', 'phường Hồng Bàng'],
    ['Thị trấn Na Sầm', 'thị trấn Na Sầm'],
    ['Đặc khu Phú Quốc', 'đặc khu Phú Quốc'],
    [' Xã Sơn Giang ', 'xã Sơn Giang'],
    ['Xãhội', 'Xãhội'],
    ['Khánh Khê', 'Khánh Khê'],
  ])('%s → %s', (name, expected) => {
    expect(communeInSentence(name)).toBe(expected);
  });
});
