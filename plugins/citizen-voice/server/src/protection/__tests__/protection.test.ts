import { checkComment, checkPath, checkQuestion, normalisePhone } from '../fields';
import { gate, LIMITS, type AttemptCounts } from '../gate';
import { checkChallenge, checkFormToken, issueChallenge, issueFormToken } from '../tokens';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);
const CLIENT = 'a'.repeat(64);
const NOW = Date.parse('2026-12-06T10:00:00Z');

describe('form tokens', () => {
  it('pass after the minimum fill time, for their commune and key only', () => {
    const token = issueFormToken(KEY, 1, NOW);
    expect(checkFormToken(KEY, 1, token, NOW + 1000)).toBe('too-fast');
    expect(checkFormToken(KEY, 1, token, NOW + 3000)).toBe('ok');
    expect(checkFormToken(KEY, 2, token, NOW + 3000)).toBe('invalid');
    expect(checkFormToken(OTHER_KEY, 1, token, NOW + 3000)).toBe('invalid');
    expect(checkFormToken(KEY, 1, token, NOW + 25 * 3600_000)).toBe('expired');
    expect(checkFormToken(KEY, 1, `${NOW - 10_000}.${token.split('.')[1]}`, NOW)).toBe('invalid');
    expect(checkFormToken(KEY, 1, 42, NOW)).toBe('invalid');
  });
});

describe('the challenge', () => {
  const answerOf = (question: string): string => {
    const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
    const [, a, b] = /: (\S+) cộng (\S+) bằng/.exec(question) ?? [];
    return String(words.indexOf(a ?? '') + words.indexOf(b ?? ''));
  };

  it('takes the right sum, for its commune and address, before it expires', () => {
    const { question, token } = issueChallenge(KEY, 1, CLIENT, NOW);
    const answer = answerOf(question);
    expect(checkChallenge(KEY, 1, CLIENT, token, ` ${answer} `, NOW + 1000)).toEqual({ ok: true, id: expect.any(String) });
    expect(checkChallenge(KEY, 1, CLIENT, token, String(Number(answer) + 1), NOW)).toEqual({ ok: false });
    expect(checkChallenge(KEY, 2, CLIENT, token, answer, NOW)).toEqual({ ok: false });
    expect(checkChallenge(KEY, 1, 'b'.repeat(64), token, answer, NOW)).toEqual({ ok: false });
    expect(checkChallenge(KEY, 1, CLIENT, token, answer, NOW + 16 * 60_000)).toEqual({ ok: false });
    expect(checkChallenge(KEY, 1, CLIENT, token, 'mười hai', NOW)).toEqual({ ok: false });
  });
});

describe('the gate', () => {
  const counts = (patch: Partial<AttemptCounts> = {}): AttemptCounts => ({
    clientMinute: 0,
    clientAccepted: 0,
    clientRefused: 0,
    communeAccepted: 0,
    ...patch,
  });

  it('passes a first submission and cuts floods', () => {
    expect(gate('question', counts(), 'none')).toEqual({ kind: 'pass' });
    expect(gate('question', counts({ clientMinute: LIMITS.attemptsPerMinute }), 'right')).toMatchObject({ kind: 'limit', retryAfter: 60 });
    expect(gate('question', counts({ clientAccepted: 5 }), 'right')).toMatchObject({ kind: 'limit', retryAfter: 3600 });
    expect(gate('rating', counts({ clientAccepted: 5 }), 'none')).toEqual({ kind: 'pass' });
  });

  it('asks the challenge after refusals or on a busy commune, and takes a right answer', () => {
    expect(gate('question', counts({ clientRefused: 3 }), 'none')).toEqual({ kind: 'challenge', wrongAnswer: false });
    expect(gate('comment', counts({ communeAccepted: 30 }), 'none')).toEqual({ kind: 'challenge', wrongAnswer: false });
    expect(gate('question', counts({ clientRefused: 3 }), 'right')).toEqual({ kind: 'pass' });
    expect(gate('question', counts(), 'wrong')).toEqual({ kind: 'challenge', wrongAnswer: true });
    expect(gate('rating', counts({ clientRefused: 10 }), 'none')).toEqual({ kind: 'pass' });
  });
});

describe('fields', () => {
  const valid = {
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    fullName: 'Hà Văn Tú',
    phone: '0912 345 678',
    body: 'Xin hỏi thủ tục cấp sổ đỏ lần đầu?',
    consent: 'on',
  };

  it('accepts a valid question and cleans its contact data', () => {
    const { fields, errors } = checkQuestion({ ...valid, email: ' Tu.Ha@Example.VN ', address: 'Thôn Đồng Tâm' });
    expect(errors).toEqual({});
    expect(fields).toMatchObject({ phone: '0912345678', email: 'tu.ha@example.vn', fullName: 'Hà Văn Tú', address: 'Thôn Đồng Tâm' });
  });

  it('names every field at fault', () => {
    expect(Object.keys(checkQuestion({}).errors).sort()).toEqual(['body', 'consent', 'fullName', 'kind', 'phone', 'topic']);
    expect(checkQuestion({ ...valid, body: 'Hỏi\u0000 thủ tục đất đai' }).errors.body).toMatch(/ký tự không hợp lệ/);
    expect(checkQuestion({ ...valid, fullName: 'Xem www.spam.top' }).errors.fullName).toMatch(/đường dẫn/);
    expect(checkComment({ ...valid, body: 'ngắn' }).errors.body).toMatch(/quá ngắn/);
  });

  it('reads Vietnamese phone numbers', () => {
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalisePhone('0203.3851.234')).toBe('02033851234');
    expect(normalisePhone('912345678')).toBeNull();
    expect(normalisePhone('0912-34')).toBeNull();
  });

  it('takes page paths only', () => {
    expect(checkPath('/thu-tuc-hanh-chinh/dang-ky-khai-sinh')).toBe('/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
    expect(checkPath('/tin-tuc/lễ-hội')).toBe('/tin-tuc/lễ-hội');
    for (const bad of ['javascript:alert(1)', '//evil.example/x', '/a?b=1', '/<script>', '', 'x'.repeat(400)])
      expect(checkPath(bad)).toBeNull();
  });
});
