import { MAX_KEPT_TEXT, isKept, summariseChange } from '../summary';

describe('summariseChange', () => {
  const leader = {
    fullName: 'Nguyễn Văn An',
    position: 'Phó Chủ tịch UBND xã',
    phone: null,
    photo: 12,
    order: 2,
    bio: 'x'.repeat(MAX_KEPT_TEXT + 1),
  };

  it('names the fields an update changed, with their small values before and after', () => {
    const after = { ...leader, position: 'Chủ tịch UBND xã', order: 1, bio: 'y'.repeat(MAX_KEPT_TEXT + 1) };
    expect(summariseChange(leader, after)).toEqual({
      fields: ['bio', 'order', 'position'],
      before: { order: 2, position: 'Phó Chủ tịch UBND xã' },
      after: { order: 1, position: 'Chủ tịch UBND xã' },
    });
  });

  it('lists the filled fields of a new row, and of a deleted one', () => {
    expect(summariseChange(null, leader)).toEqual({
      fields: ['bio', 'fullName', 'order', 'photo', 'position'],
      before: null,
      after: { fullName: 'Nguyễn Văn An', order: 2, photo: 12, position: 'Phó Chủ tịch UBND xã' },
    });
    expect(summariseChange(leader, null).before).toEqual({
      fullName: 'Nguyễn Văn An',
      order: 2,
      photo: 12,
      position: 'Phó Chủ tịch UBND xã',
    });
  });

  it('sees a change inside a component (a menu item) and names the field without copying it', () => {
    const before = { menu: [{ label: 'Trang chủ', url: '/' }] };
    const after = {
      menu: [
        { label: 'Trang chủ', url: '/' },
        { label: 'Liên hệ', url: '/lien-he' },
      ],
    };
    expect(summariseChange(before, after)).toEqual({ fields: ['menu'], before: {}, after: {} });
  });

  it('finds nothing changed when nothing did (key order does not matter)', () => {
    expect(summariseChange({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }).fields).toEqual([]);
  });

  it('keeps scalars, short texts and short lists of ids only', () => {
    expect([null, true, 3, 'ngắn', ['a', 'b']].every(isKept)).toBe(true);
    expect(isKept('x'.repeat(MAX_KEPT_TEXT + 1))).toBe(false);
    expect(isKept([{ label: 'x' }])).toBe(false);
    expect(isKept(Array.from({ length: 21 }, (_, index) => index))).toBe(false);
  });
});
