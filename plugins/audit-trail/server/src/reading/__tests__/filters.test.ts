import { parseFilters } from '../filters';

describe("the read API's filters", () => {
  it('reads every filter', () => {
    expect(
      parseFilters({
        person: '17',
        commune: 'abc123',
        action: 'content.publish',
        category: 'content',
        outcome: 'refused',
        from: '2026-03-01',
        to: '2026-03-31',
        page: '2',
        pageSize: '50',
      }),
    ).toEqual({
      person: { userId: 17 },
      commune: { documentId: 'abc123' },
      action: 'content.publish',
      category: 'content',
      outcome: 'refused',
      // Vietnam midnight, and the end of the last day, exclusive.
      from: '2026-02-28T17:00:00.000Z',
      until: '2026-03-31T17:00:00.000Z',
      page: 2,
      pageSize: 50,
    });
  });

  it('a person that is not a number is part of an e-mail; commune=none is the platform', () => {
    const filters = parseFilters({ person: 'Nguyen@', commune: 'none' });
    expect(filters.person).toEqual({ emailPart: 'nguyen@' });
    expect(filters.commune).toBe('none');
    expect(filters.page).toBe(1);
    expect(filters.pageSize).toBe(25);
  });

  it.each([
    [{ from: '2026-02-31' }, 'không hợp lệ'],
    [{ from: '15/03/2026' }, 'không hợp lệ'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'phải trước'],
    [{ page: '0' }, 'số nguyên dương'],
    [{ pageSize: '1000' }, 'lớn nhất là 100'],
    [{ outcome: 'maybe' }, 'Kết quả'],
    [{ category: 'x' }, 'Nhóm thao tác'],
    [{ commune: "a' OR 1=1" }, 'Xã, phường'],
    [{ action: ['a', 'b'] }, 'một giá trị'],
  ])('%j is refused with a clear message', (query, message) => {
    expect(() => parseFilters(query)).toThrow(message);
  });
});
