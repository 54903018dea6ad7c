import { QUESTION_TOPICS } from '../../../../plugins/citizen-voice/shared';
import { consultationPhase, daysLeft, daysLeftText, isRatablePath, sortConsultations, topicCode, topicOfCode } from '../citizen-voice';

describe('topic codes', () => {
  it('are address-safe, distinct and read back', () => {
    expect(topicCode('Đất đai, xây dựng')).toBe('dat-dai-xay-dung');
    expect(topicCode('Hành chính, tư pháp, hộ tịch')).toBe('hanh-chinh-tu-phap-ho-tich');
    const codes = QUESTION_TOPICS.map(topicCode);
    expect(new Set(codes).size).toBe(QUESTION_TOPICS.length);
    for (const topic of QUESTION_TOPICS) expect(topicOfCode(topicCode(topic))).toBe(topic);
    expect(topicOfCode('khong-co')).toBeNull();
  });
});

describe('consultation phases and days left (Vietnam time)', () => {
  const opensAt = '2026-12-01T01:00:00.000Z';
  const closesAt = '2026-12-10T10:00:00.000Z'; // 17:00 on 10/12 in Vietnam

  it('is upcoming, open, then closed', () => {
    expect(consultationPhase(opensAt, closesAt, new Date('2026-11-30T00:00:00Z'))).toBe('upcoming');
    expect(consultationPhase(opensAt, closesAt, new Date('2026-12-05T00:00:00Z'))).toBe('open');
    expect(consultationPhase(opensAt, closesAt, new Date('2026-12-10T10:00:00Z'))).toBe('closed');
  });

  it('counts the closing day itself', () => {
    expect(daysLeft(closesAt, new Date('2026-12-08T03:00:00Z'))).toBe(3);
    // 23:30 on 9/12 in Vietnam is still the 9th: two days (9th and 10th).
    expect(daysLeft(closesAt, new Date('2026-12-09T16:30:00Z'))).toBe(2);
    // 00:30 on the 10th in Vietnam (17:30 UTC on the 9th): the last day.
    expect(daysLeftText(closesAt, new Date('2026-12-09T17:30:00Z'))).toBe('còn 1 ngày (hết hạn hôm nay)');
    expect(daysLeftText(closesAt, new Date('2026-12-01T02:00:00Z'))).toBe('còn 10 ngày');
  });

  it('lists open first (closing soonest), then upcoming, then closed (latest first)', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    const items = [
      { id: 'closed-old', opensAt: '2026-10-01T00:00:00Z', closesAt: '2026-10-20T00:00:00Z' },
      { id: 'upcoming', opensAt: '2026-12-20T00:00:00Z', closesAt: '2027-01-20T00:00:00Z' },
      { id: 'open-late', opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-30T00:00:00Z' },
      { id: 'closed-new', opensAt: '2026-11-01T00:00:00Z', closesAt: '2026-11-20T00:00:00Z' },
      { id: 'open-soon', opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-07T00:00:00Z' },
    ];
    expect(sortConsultations(items, now).map((item) => item.id)).toEqual([
      'open-soon',
      'open-late',
      'upcoming',
      'closed-new',
      'closed-old',
    ]);
  });
});

describe('isRatablePath: the rating redirects only to this site', () => {
  it.each(['/', '/tin-tuc/mot-bai', '/van-ban/abc123', '/hoi-dap/cau-hoi-ve-dat'])('%s', (path) => {
    expect(isRatablePath(path)).toBe(true);
  });
  it.each(['', 'tin-tuc', '//evil.example/x', '/\\evil.example', 'https://evil.example/', '/a b', '/a?x=1', '/a#b', `/${'a'.repeat(300)}`])(
    '%s is refused',
    (path) => {
      expect(isRatablePath(path)).toBe(false);
    },
  );
});
