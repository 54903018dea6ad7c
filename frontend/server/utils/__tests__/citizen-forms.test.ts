import { commentSubmission, formTarget, isPrivatePage, questionSubmission, ratingSubmission, typedValues } from '../citizen-forms';

const CLIENT = 'c'.repeat(64);
const form = (fields: Record<string, string>): URLSearchParams => new URLSearchParams(fields);

describe('formTarget: POST is allowed on the three form paths only', () => {
  it.each([
    ['/hoi-dap/gui-cau-hoi', { form: 'question' }],
    ['/hoi-dap/gui-cau-hoi?x=1', { form: 'question' }],
    ['/danh-gia', { form: 'rating' }],
    ['/lay-y-kien/du-thao-quy-che', { form: 'comment', slug: 'du-thao-quy-che' }],
    ['/lay-y-kien/du-thao-quy-che/', { form: 'comment', slug: 'du-thao-quy-che' }],
  ])('%s', (path, target) => {
    expect(formTarget(path)).toEqual(target);
  });

  it.each([
    '/',
    '/hoi-dap',
    '/hoi-dap/tra-cuu',
    '/lay-y-kien',
    '/lay-y-kien/a/b',
    '/tin-tuc/x',
    '/api/search',
    '/danh-gia/x',
    '/lay-y-kien/%E0%A4%A',
  ])('%s is read-only', (path) => {
    expect(formTarget(path)).toBeNull();
  });
});

describe('isPrivatePage: never kept by the page cache', () => {
  it.each(['/hoi-dap/gui-cau-hoi', '/hoi-dap/tra-cuu?ma=ABC', '/lay-y-kien/du-thao?da-gui=X'])('%s', (path) => {
    expect(isPrivatePage(path)).toBe(true);
  });
  it.each(['/hoi-dap', '/hoi-dap/cau-hoi-ve-dat', '/lay-y-kien', '/tin-tuc/a?danh-gia=cam-on'])('%s is shared', (path) => {
    expect(isPrivatePage(path)).toBe(false);
  });
});

describe('questionSubmission: the values go on as typed', () => {
  const typed = {
    kind: 'feedback',
    topic: 'Đất đai, xây dựng',
    body: '  Đường thôn Nà Pàn bị sạt lở <script>alert(1)</script>  ',
    fullName: ' Nguyễn Văn An ',
    phone: '0912 345 678',
    email: '',
    address: '',
    consent: 'yes',
    website: '',
    formToken: 'token-1',
  };

  it('keeps text untouched, leaves empty optional fields out and reads the checkbox', () => {
    expect(questionSubmission(form(typed), CLIENT)).toEqual({
      client: CLIENT,
      formToken: 'token-1',
      kind: 'feedback',
      topic: 'Đất đai, xây dựng',
      body: typed.body,
      fullName: typed.fullName,
      phone: '0912 345 678',
      consent: true,
    });
  });

  it('sends an unticked consent as false, a filled honeypot and a challenge answer', () => {
    const { consent: _consent, ...rest } = typed;
    const sent = questionSubmission(
      form({ ...rest, website: 'http://spam.example', challengeToken: 'ch-1', challengeAnswer: ' 12 ' }),
      CLIENT,
    );
    expect(sent.consent).toBe(false);
    expect(sent.website).toBe('http://spam.example');
    expect(sent.challenge).toEqual({ token: 'ch-1', answer: ' 12 ' });
  });

  it('sends missing fields as empty for Strapi to refuse', () => {
    expect(questionSubmission(form({}), CLIENT)).toEqual({
      client: CLIENT,
      formToken: '',
      kind: '',
      topic: '',
      body: '',
      fullName: '',
      consent: false,
    });
  });

  it('typedValues keeps every field of the form for the page shown again', () => {
    expect(typedValues(form({ ...typed, other: 'x' }))).toEqual(typed);
  });
});

describe('commentSubmission', () => {
  it('has the contact and the body, no kind or topic', () => {
    expect(
      commentSubmission(
        form({ body: 'Đề nghị sửa Điều 3', fullName: 'Lê Thị Hoa', email: 'hoa@example.vn', consent: 'yes', formToken: 't' }),
        CLIENT,
      ),
    ).toEqual({
      client: CLIENT,
      formToken: 't',
      body: 'Đề nghị sửa Điều 3',
      fullName: 'Lê Thị Hoa',
      email: 'hoa@example.vn',
      consent: true,
    });
  });
});

describe('ratingSubmission', () => {
  const visitor = 'v'.repeat(64);
  it('reads the button pressed and the optional comment', () => {
    expect(ratingSubmission(form({ path: '/tin-tuc/a', useful: 'no', comment: 'Thiếu ngày' }), visitor, CLIENT)).toEqual({
      visitor,
      client: CLIENT,
      path: '/tin-tuc/a',
      useful: false,
      comment: 'Thiếu ngày',
    });
    expect(ratingSubmission(form({ path: '/tin-tuc/a', useful: 'yes', comment: '' }), visitor, CLIENT)).toEqual({
      visitor,
      client: CLIENT,
      path: '/tin-tuc/a',
      useful: true,
    });
  });
  it('is null without a yes or no', () => {
    expect(ratingSubmission(form({ path: '/tin-tuc/a' }), visitor, CLIENT)).toBeNull();
    expect(ratingSubmission(form({ path: '/tin-tuc/a', useful: 'maybe' }), visitor, CLIENT)).toBeNull();
  });
});
