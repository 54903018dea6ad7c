import { parseCommuneSlugs, toPublicWindow, windowProblems } from '../window-rules';

const known = new Set(['khanh-khe', 'son-giang']);

describe('windowProblems', () => {
  it('accepts a window for every commune or for known communes', () => {
    expect(windowProblems({ startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-06T19:00:00Z', allCommunes: true }, known)).toEqual([]);
    expect(
      windowProblems(
        { startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-06T19:00:00Z', allCommunes: false, communes: 'khanh-khe; son-giang' },
        known,
      ),
    ).toEqual([]);
  });

  it('refuses missing or backwards times, over-long windows and unknown communes, in Vietnamese', () => {
    expect(windowProblems({ allCommunes: true }, known).map((problem) => problem.path)).toEqual(['startsAt', 'endsAt']);
    expect(windowProblems({ startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-06T15:00:00Z', allCommunes: true }, known)[0]?.message).toBe(
      'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    );
    expect(windowProblems({ startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-20T15:00:00Z', allCommunes: true }, known)[0]?.message).toBe(
      'Một lần bảo trì dài nhất 72 giờ.',
    );
    expect(
      windowProblems(
        { startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-06T16:00:00Z', allCommunes: false, communes: 'khanh-khe, xa-la' },
        known,
      )[0]?.message,
    ).toBe('Không có xã, phường với đường dẫn: xa-la.');
    expect(
      windowProblems({ startsAt: '2026-12-06T15:00:00Z', endsAt: '2026-12-06T16:00:00Z', allCommunes: false, communes: '' }, known)[0]
        ?.path,
    ).toBe('communes');
  });
});

describe('the site token’s view', () => {
  it('lists slugs once, lower-cased, and null for every commune', () => {
    expect(parseCommuneSlugs(' Khanh-Khe,son-giang\nkhanh-khe ')).toEqual(['khanh-khe', 'son-giang']);
    const row = {
      id: 3,
      startsAt: new Date('2026-12-06T15:00:00Z'),
      endsAt: '2026-12-06T19:00:00.000Z',
      message: ' Nâng cấp ',
      allCommunes: true,
      communes: 'khanh-khe',
    };
    expect(toPublicWindow(row)).toEqual({
      id: 3,
      startsAt: '2026-12-06T15:00:00.000Z',
      endsAt: '2026-12-06T19:00:00.000Z',
      message: 'Nâng cấp',
      communes: null,
    });
    expect(toPublicWindow({ ...row, allCommunes: false }).communes).toEqual(['khanh-khe']);
  });
});
