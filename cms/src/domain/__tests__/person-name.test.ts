import { vietnameseFullName } from '../person-name';

describe('a person’s name in Vietnamese order', () => {
  it('puts the family and middle names before the given name', () => {
    expect(vietnameseFullName({ firstname: 'Cường', lastname: 'Hoàng Văn' })).toBe('Hoàng Văn Cường');
  });

  it('tidies spaces and copes with a missing part', () => {
    expect(vietnameseFullName({ firstname: '  Lan ', lastname: ' Nguyễn   Thị ' })).toBe('Nguyễn Thị Lan');
    expect(vietnameseFullName({ firstname: 'Huyện', lastname: null })).toBe('Huyện');
    expect(vietnameseFullName({ firstname: ' ', lastname: '' })).toBeNull();
  });
});
