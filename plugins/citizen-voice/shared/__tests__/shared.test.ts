import { addWorkingDays, initialsOf, maskContactData, todayInVietnam, workingDaysBetween } from '..';

describe('working days', () => {
  it('skip Saturdays and Sundays', () => {
    // Friday 4 December 2026 + 1 working day is Monday 7 December.
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-07', 15)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-05');
    expect(workingDaysBetween('2026-12-04', '2026-12-07')).toBe(1);
    expect(workingDaysBetween('2026-12-07', '2026-12-04')).toBe(-1);
  });

  it('count the day in Vietnam, not in UTC', () => {
    expect(todayInVietnam(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
    expect(todayInVietnam(new Date('2026-12-06T16:59:00Z'))).toBe('2026-12-06');
  });
});

describe('what the public may see of a citizen', () => {
  it('reduces a name to its initials, diacritics kept', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('N.V.A.');
    expect(initialsOf('  đặng   thị  ốc ')).toBe('Đ.T.Ố.');
    expect(initialsOf('"Lò" Văn Ún')).toBe('L.V.Ú.');
    expect(initialsOf('123 !!!')).toBe('Ẩn danh');
  });

  it('masks phone numbers and e-mail addresses in a text', () => {
    expect(maskContactData('Gọi tôi 0912 345 678 hoặc +84 912.345.679, thư an.nguyen@example.vn nhé')).toBe(
      'Gọi tôi [số điện thoại đã ẩn] hoặc [số điện thoại đã ẩn], thư [địa chỉ thư điện tử đã ẩn] nhé',
    );
    expect(maskContactData('Năm 2026 có 12 thôn')).toBe('Năm 2026 có 12 thôn');
  });
});
