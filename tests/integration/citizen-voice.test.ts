/**
 * Citizens talk back (plugins/citizen-voice), against the real Strapi and PostgreSQL, over HTTP as
 * the public site's server and as each board role calls it:
 * - a question is stored for the commune the site names, with a tracking code and a due date;
 *   the status page shows where it stands and nothing personal;
 * - bad input (empty, oversized, malformed contact data, markup, no consent, the honeypot, too
 *   fast, a forged or foreign form token) is refused with a Vietnamese message and stores nothing;
 * - the limits: a flood from one address is cut, repeated refusals bring the challenge, a flood
 *   spread over many addresses brings it for everyone, a suspended commune takes nothing;
 * - the board: only the commune's board reads the inbox (contact data included); another
 *   commune's board, a contributor and province IT are refused; the answer goes through the
 *   editorial board and is published with initials only; every moderation step is audited;
 * - consultations: comments while open only, shown once approved, with initials only;
 * - ratings: one per visitor, page and day;
 * - housekeeping: the head is e-mailed about late questions, contact data is erased after the
 *   retention period; nothing a citizen typed reaches the logs.
 */
import { randomBytes } from 'node:crypto';
import {
  addWorkingDays,
  todayInVietnam,
  type AnswerDraft,
  type InboxList,
  type QuestionReceipt,
  type QuestionStatus,
  type RatingFigures,
  type SubmissionRefusal,
} from '../../plugins/citizen-voice/shared';
import { press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { AdminClient, ContentClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { startMailbox, type Mailbox } from '../support/mailbox';
import { createSeededDatabase } from '../support/seeded';
import { startStrapi, SUPER_ADMIN, type StrapiInstance, type StrapiSetup } from '../support/strapi';

const PASSWORD = 'Y-Kien-Nguoi-Dan-2026';
const QA = 'api::question-answer.question-answer';
const CONSULTATION = 'api::consultation.consultation';
const ROLES = {
  head: { code: 'commune-board-head', boardRole: 'head' },
  member: { code: 'commune-board-member', boardRole: 'member' },
  contributor: { code: 'commune-contributor', boardRole: 'contributor' },
} as const;

/** What only the citizen typed: none of it may reach anything public, or the logs. */
const CITIZEN = { fullName: 'Lường Thị Mỹ Hạnh', phone: '0987 654 321', email: 'my.hanh.luong@example.vn', address: 'Bản Nà Khoang' };

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let site: ContentClient;
let mailbox: Mailbox;
let province: AdminClient;
const people: Record<string, AdminClient> = {};
const ids: Record<string, number> = {};
const communes: Record<string, { documentId: string; id: number }> = {};
/** A form token per commune slug, old enough to pass the minimum fill time. */
const tokens: Record<string, string> = {};

const as = (who: string): AdminClient => {
  const user = people[who];
  if (!user) throw new Error(`no user ${who}`);
  return user;
};
const commune = (key: string): { documentId: string; id: number } => {
  const found = communes[key];
  if (!found) throw new Error(`no commune ${key}`);
  return found;
};

const expectStatus = (response: JsonResponse<unknown>, status: number): void => {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`);
};

const newClient = (): string => randomBytes(32).toString('hex');

type Refusal = StrapiErrorBody & { error?: { details?: SubmissionRefusal } };

function question(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    client: newClient(),
    formToken: tokens[slug],
    website: '',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    body: `Tôi muốn hỏi thủ tục đăng ký khai sinh cho con thứ hai thì cần những giấy tờ gì? ${randomBytes(4).toString('hex')}`,
    ...CITIZEN,
    consent: true,
    ...overrides,
  };
}

const ask = (slug: string, body: Record<string, unknown>) =>
  site.as(slug).send<QuestionReceipt & Refusal>('POST', '/citizen-voice/questions', body);

const countQuestions = async (): Promise<number> =>
  Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM citizen_questions'))[0]?.n ?? 0);

/** The sum the challenge asks in words ("bảy cộng năm"). */
function solve(challenge: string): string {
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
  const match = /: (\S+) cộng (\S+) bằng/.exec(challenge);
  if (!match) throw new Error(`unexpected challenge ${challenge}`);
  return String(words.indexOf(match[1] ?? '') + words.indexOf(match[2] ?? ''));
}

beforeAll(async () => {
  ({ db, setup } = await createSeededDatabase('citizen_voice'));
  mailbox = await startMailbox();
  Object.assign(setup.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'false',
    // The housekeeping round (reminders, erasure) every two seconds instead of every quarter hour.
    CITIZEN_VOICE_JOB_INTERVAL_MS: '2000',
  });
  strapi = await startStrapi(setup);
  // Seeded demo submissions would blur the counts below: this file starts from empty tables.
  await db.query(
    'DELETE FROM citizen_questions; DELETE FROM consultation_comments; DELETE FROM page_ratings; DELETE FROM citizen_voice_attempts',
  );
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const [key, slug] of [
    ['khanhKhe', 'khanh-khe'],
    ['sonGiang', 'son-giang'],
    ['quocTuan', 'quoc-tuan'],
  ] as const) {
    const [row] = await db.query<{ document_id: string; id: number }>('SELECT document_id, id FROM communes WHERE slug = $1', [slug]);
    if (!row) throw new Error(`no commune ${slug}`);
    communes[key] = { documentId: row.document_id, id: row.id };
  }
  const join = async (name: string, role: keyof typeof ROLES, communeKey: string) => {
    const email = `${name.toLowerCase()}@ykien.thu.vn`;
    const userId = await province.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await province.roleIdByCode(ROLES[role].code)],
    });
    expectStatus(
      await province.call('POST', '/commune-tenancy/memberships', {
        adminUserId: userId,
        commune: commune(communeKey).documentId,
        boardRole: ROLES[role].boardRole,
        isCommuneAdmin: false,
      }),
      200,
    );
    ids[name] = userId;
    people[name] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  await join('head', 'head', 'khanhKhe');
  await join('member', 'member', 'khanhKhe');
  await join('contributor', 'contributor', 'khanhKhe');
  await join('otherHead', 'head', 'sonGiang');
  site = new ContentClient(strapi.url, await strapi.publicToken());
  for (const slug of ['khanh-khe', 'son-giang', 'quoc-tuan']) {
    const token = await site.as(slug).get<{ token: string }>('/citizen-voice/form-token');
    expectStatus(token, 200);
    tokens[slug] = token.body.token;
  }
  // The minimum fill time: a person needs a few seconds to write a question.
  await new Promise((resolve) => setTimeout(resolve, 3200));
  await mailbox.next(0, { quietMs: 300 });
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
  await mailbox?.close();
  await db?.drop();
});

describe('asking a question', () => {
  let code = '';

  it('stores it for the commune the site names, with a tracking code and the due date', async () => {
    const response = await ask('khanh-khe', question('khanh-khe'));
    expectStatus(response, 201);
    code = response.body.code;
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(response.body.dueOn).toBe(addWorkingDays(todayInVietnam(), 15));
    const [row] = await db.query<{ commune_id: number; full_name: string; phone: string; email: string; initials: string; status: string }>(
      'SELECT commune_id, full_name, phone, email, initials, status FROM citizen_questions WHERE code = $1',
      [code],
    );
    expect(row).toEqual({
      commune_id: commune('khanhKhe').id,
      full_name: CITIZEN.fullName,
      phone: '0987654321',
      email: CITIZEN.email,
      initials: 'L.T.M.H.',
      status: 'received',
    });
  });

  it('shows its status by code on its own commune only, with nothing personal', async () => {
    const status = await site
      .as('khanh-khe')
      .get<QuestionStatus>(`/citizen-voice/questions/status?code=${code.toLowerCase().slice(0, 5)}-${code.slice(5)}`);
    expectStatus(status, 200);
    expect(status.body).toMatchObject({ code, state: 'received', topic: 'Hành chính, tư pháp, hộ tịch', answer: null });
    const text = JSON.stringify(status.body);
    for (const value of [CITIZEN.fullName, '0987654321', CITIZEN.email, CITIZEN.address, 'giấy tờ gì']) expect(text).not.toContain(value);
    const elsewhere = await site.as('son-giang').get<QuestionStatus>(`/citizen-voice/questions/status?code=${code}`);
    expectStatus(elsewhere, 404);
    expect(JSON.stringify(elsewhere.body)).not.toContain(code);
    expectStatus(await site.as('khanh-khe').get('/citizen-voice/questions/status?code=KHONGCOMA2'), 404);
  });

  const BAD: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['an empty question', { body: '   ' }, 'body', /Vui lòng nhập nội dung câu hỏi/],
    ['an oversized question', { body: 'Đường liên thôn bị sạt lở. '.repeat(200) }, 'body', /dài quá 4000 ký tự/],
    ['a malformed phone number', { phone: '12345' }, 'phone', /Số điện thoại không hợp lệ/],
    ['a malformed e-mail address', { email: 'hanh@' }, 'email', /thư điện tử không hợp lệ/],
    ['no way to reach the citizen', { phone: '', email: '' }, 'phone', /số điện thoại hoặc địa chỉ thư điện tử/],
    ['a script in the text', { body: 'Xin hỏi <script>alert(document.cookie)</script> về đất đai' }, 'body', /không được chứa mã HTML/],
    ['markup in the name', { fullName: '<img src=x onerror=alert(1)>' }, 'fullName', /không được chứa mã HTML/],
    ['no consent to the processing of personal data', { consent: false }, 'consent', /Nghị định 13\/2023\/NĐ-CP/],
    ['an unknown topic', { topic: 'Chuyện riêng' }, 'topic', /chọn lĩnh vực/],
    ['too many links', { body: 'Mua ngay http://a.xyz http://b.xyz http://c.xyz giá rẻ' }, 'body', /quá nhiều đường dẫn/],
  ];

  it.each(BAD)('refuses %s with a Vietnamese message on the field, and stores nothing', async (_name, overrides, field, message) => {
    const before = await countQuestions();
    const response = await ask('khanh-khe', question('khanh-khe', overrides));
    expectStatus(response, 400);
    expect(response.body.error?.message).toBe('Vui lòng sửa các mục được đánh dấu rồi gửi lại.');
    expect(response.body.error?.details?.fields?.[field]).toMatch(message);
    expect(await countQuestions()).toBe(before);
  });

  it('refuses the honeypot, a form sent too fast, a forged token and another commune’s token, storing nothing', async () => {
    const before = await countQuestions();
    const honeypot = await ask('khanh-khe', question('khanh-khe', { website: 'http://spam.example' }));
    expectStatus(honeypot, 400);
    expect(honeypot.body.error?.message).toMatch(/Không gửi được/);
    const fresh = await site.as('khanh-khe').get<{ token: string }>('/citizen-voice/form-token');
    const fast = await ask('khanh-khe', question('khanh-khe', { formToken: fresh.body.token }));
    expectStatus(fast, 400);
    expect(fast.body.error?.message).toMatch(/gửi quá nhanh/);
    const forged = await ask('khanh-khe', question('khanh-khe', { formToken: `${Date.now() - 60_000}.AAAA` }));
    expectStatus(forged, 400);
    expect(forged.body.error?.message).toMatch(/hết hạn hoặc không hợp lệ/);
    const foreign = await ask('khanh-khe', question('khanh-khe', { formToken: tokens['son-giang'] }));
    expectStatus(foreign, 400);
    const noClient = await ask('khanh-khe', question('khanh-khe', { client: 'not-an-address-key' }));
    expectStatus(noClient, 400);
    expect(await countQuestions()).toBe(before);
  });

  it('refuses the same question twice in a day', async () => {
    const body = 'Nhà tôi ở thôn Pác Bó bị mất điện từ tối qua, xin xã kiểm tra giúp.';
    expectStatus(await ask('khanh-khe', question('khanh-khe', { body })), 201);
    const again = await ask('khanh-khe', question('khanh-khe', { body: `  ${body.toUpperCase()} ` }));
    expectStatus(again, 400);
    expect(again.body.error?.details?.fields?.body).toMatch(/đã được gửi trong ngày/);
  });
});

describe('the limits', () => {
  it('cut a flood from one address, and ask the challenge after repeated refusals', async () => {
    const client = newClient();
    for (let i = 0; i < 5; i += 1) expectStatus(await ask('khanh-khe', question('khanh-khe', { client })), 201);
    const sixth = await ask('khanh-khe', question('khanh-khe', { client }));
    expectStatus(sixth, 429);
    expect(sixth.headers?.get('retry-after')).toBe('3600');
    expect(sixth.body.error?.message).toMatch(/mức tối đa/);

    const clumsy = newClient();
    for (let i = 0; i < 3; i += 1) expectStatus(await ask('khanh-khe', question('khanh-khe', { client: clumsy, phone: 'sai' })), 400);
    const challenged = await ask('khanh-khe', question('khanh-khe', { client: clumsy }));
    expectStatus(challenged, 429);
    const challenge = challenged.body.error?.details?.challenge;
    if (!challenge) throw new Error('no challenge');
    expect(challenge.question).toMatch(/cộng/);
    const wrong = await ask('khanh-khe', question('khanh-khe', { client: clumsy, challenge: { token: challenge.token, answer: '99' } }));
    expectStatus(wrong, 429);
    expect(wrong.body.error?.message).toMatch(/chưa đúng/);
    const answered = { token: challenge.token, answer: solve(challenge.question) };
    // The same answer from another address is worthless: the challenge is bound to its address.
    expectStatus(await ask('khanh-khe', question('khanh-khe', { client: newClient(), challenge: answered, phone: 'sai' })), 429);
    expectStatus(await ask('khanh-khe', question('khanh-khe', { client: clumsy, challenge: answered })), 201);
    // …and good once.
    expectStatus(await ask('khanh-khe', question('khanh-khe', { client: clumsy, challenge: answered })), 429);
  });

  it('ask everyone on a commune flooded from many addresses, and people still get through', async () => {
    let accepted = 0;
    for (let i = 0; i < 30; i += 1) if ((await ask('quoc-tuan', question('quoc-tuan'))).status === 201) accepted += 1;
    expect(accepted).toBe(30);
    const before = await countQuestions();
    const next = await ask('quoc-tuan', question('quoc-tuan'));
    expectStatus(next, 429);
    const challenge = next.body.error?.details?.challenge;
    if (!challenge) throw new Error('no challenge');
    expect(await countQuestions()).toBe(before);
    // Another commune is not affected.
    expectStatus(await ask('son-giang', question('son-giang')), 201);
  });

  it('take nothing for a suspended commune', async () => {
    const target = commune('sonGiang');
    expectStatus(await province.call('POST', `/commune-tenancy/communes-admin/${target.documentId}/suspend`), 200);
    try {
      const before = await countQuestions();
      const refused = await ask('son-giang', question('son-giang'));
      expectStatus(refused, 404);
      expect(refused.body.error?.message).toMatch(/Không tìm thấy trang của xã, phường/);
      expect(await countQuestions()).toBe(before);
    } finally {
      expectStatus(await province.call('POST', `/commune-tenancy/communes-admin/${target.documentId}/resume`), 200);
    }
  });
});

describe('the board', () => {
  let code = '';
  let answerId = '';
  const inbox = (who: string, communeKey = 'khanhKhe', query = '') =>
    as(who).call<InboxList & StrapiErrorBody>('GET', `/citizen-voice/inbox?commune=${commune(communeKey).documentId}${query}`);

  beforeAll(async () => {
    const response = await ask(
      'khanh-khe',
      question('khanh-khe', { body: `Đường vào thôn Bản Chang bị sạt lở, xin xã sửa giúp. Gọi tôi: 0987 654 321.` }),
    );
    expectStatus(response, 201);
    code = response.body.code;
  });

  it('reads the inbox with the citizen’s contact data, the late ones highlighted', async () => {
    await db.query("UPDATE citizen_questions SET due_on = (now() - interval '3 days')::date WHERE code <> $1 AND commune_id = $2", [
      code,
      commune('khanhKhe').id,
    ]);
    const list = await inbox('member', 'khanhKhe', `&q=${code}`);
    expectStatus(list, 200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      code,
      fullName: CITIZEN.fullName,
      phone: '0987654321',
      email: CITIZEN.email,
      state: 'received',
      due: 'on-time',
    });
    expect(list.body.meta.late).toBeGreaterThan(0);
    const late = await inbox('head', 'khanhKhe', '&due=late');
    expect(late.body.data.every((item) => item.due === 'late')).toBe(true);
    expect(list.body.meta.assignees.map((person) => person.id)).toEqual(expect.arrayContaining([ids.head, ids.member]));
    expect(list.body.meta.assignees.map((person) => person.id)).not.toContain(ids.contributor);
  });

  it('is closed to a contributor, another commune’s board and province IT; another commune’s code is not found', async () => {
    for (const caller of [as('contributor'), as('otherHead'), province]) {
      const refused = await caller.call<StrapiErrorBody>('GET', `/citizen-voice/inbox?commune=${commune('khanhKhe').documentId}`);
      expectStatus(refused, 403);
      expect(refused.body.error?.message).toBe('Chỉ Ban biên tập của xã, phường được xem hộp thư người dân.');
      expect(JSON.stringify(refused.body)).not.toContain(CITIZEN.email);
      expectStatus(await caller.call('POST', `/citizen-voice/inbox/${code}/answer`, { commune: commune('khanhKhe').documentId }), 403);
    }
    // The other head names their own commune and our code: not found there, nothing changed.
    for (const [method, path, body] of [
      ['GET', `/citizen-voice/inbox/${code}?commune=${commune('sonGiang').documentId}`, undefined],
      ['POST', `/citizen-voice/inbox/${code}/reject`, { commune: commune('sonGiang').documentId, reason: 'spam' }],
      ['POST', `/citizen-voice/inbox/${code}/assign`, { commune: commune('sonGiang').documentId, assigneeId: ids.otherHead }],
      ['POST', `/citizen-voice/inbox/${code}/answer`, { commune: commune('sonGiang').documentId }],
    ] as const) {
      const refused = await as('otherHead').call<StrapiErrorBody>(method, path, body);
      expectStatus(refused, 404);
      expect(JSON.stringify(refused.body)).not.toContain(CITIZEN.fullName);
    }
    expect((await db.query<{ status: string }>('SELECT status FROM citizen_questions WHERE code = $1', [code]))[0]?.status).toBe(
      'received',
    );
  });

  it('assigns it to a board member only', async () => {
    const toContributor = await as('head').call<StrapiErrorBody>('POST', `/citizen-voice/inbox/${code}/assign`, {
      commune: commune('khanhKhe').documentId,
      assigneeId: ids.contributor,
    });
    expectStatus(toContributor, 400);
    const assigned = await as('head').call<{ data: { state: string; assignee: { id: number } } }>(
      'POST',
      `/citizen-voice/inbox/${code}/assign`,
      {
        commune: commune('khanhKhe').documentId,
        assigneeId: ids.member,
      },
    );
    expectStatus(assigned, 200);
    expect(assigned.body.data).toMatchObject({ state: 'assigned', assignee: { id: ids.member } });
  });

  it('drafts the public answer with initials and masked contact data; the head approves it through the board', async () => {
    const draft = await as('member').call<{ data: AnswerDraft }>('POST', `/citizen-voice/inbox/${code}/answer`, {
      commune: commune('khanhKhe').documentId,
    });
    expectStatus(draft, 200);
    answerId = draft.body.data.documentId;
    const [row] = await db.query<{ question: string; asker_initials: string; published_at: Date | null }>(
      'SELECT question, asker_initials, published_at FROM question_answers WHERE document_id = $1',
      [answerId],
    );
    expect(row).toMatchObject({ asker_initials: 'L.T.M.H.', published_at: null });
    expect(row?.question).toContain('[số điện thoại đã ẩn]');
    expect(row?.question).not.toContain('0987');
    // Asking twice gives the same draft.
    expect(
      (
        await as('member').call<{ data: AnswerDraft }>('POST', `/citizen-voice/inbox/${code}/answer`, {
          commune: commune('khanhKhe').documentId,
        })
      ).body.data.documentId,
    ).toBe(answerId);

    const answer = [{ type: 'paragraph', children: [{ type: 'text', text: 'UBND xã đã cử cán bộ kiểm tra và sẽ khắc phục trong tuần.' }] }];
    expectStatus(await as('member').update(QA, answerId, { answer, answeredOn: todayInVietnam() }), 200);
    expectStatus(await press(as('member'), QA, answerId, { action: 'submit' }), 200);
    expectStatus(await press(as('head'), QA, answerId, { action: 'assign', assigneeId: ids.member }), 200);
    expectStatus(await press(as('member'), QA, answerId, { action: 'send' }), 200);
    // Four eyes: the member who wrote it cannot approve it.
    expect((await press(as('member'), QA, answerId, { action: 'approve' })).status).toBe(403);
    const status = await site.as('khanh-khe').get<QuestionStatus>(`/citizen-voice/questions/status?code=${code}`);
    expect(status.body.state).toBe('processing');
    expectStatus(await press(as('head'), QA, answerId, { action: 'approve' }), 200);
    expectStatus(await press(as('head'), QA, answerId, { action: 'publish' }), 200);
  });

  it('publishes it with initials only: the status page links it, the API and search hold no contact data', async () => {
    const status = await site.as('khanh-khe').get<QuestionStatus>(`/citizen-voice/questions/status?code=${code}`);
    expectStatus(status, 200);
    expect(status.body.state).toBe('answered');
    expect(status.body.answer?.slug).toBeTruthy();
    const published = await site
      .as('khanh-khe')
      .get<{ data: Array<Record<string, unknown>> }>(`/question-answers?filters[documentId][$eq]=${answerId}`);
    expectStatus(published, 200);
    expect(published.body.data[0]).toMatchObject({ askerInitials: 'L.T.M.H.' });
    const text = JSON.stringify(published.body);
    for (const value of [CITIZEN.fullName, '0987', CITIZEN.email, code]) expect(text).not.toContain(value);
    const index = await db.query<{ row: string }>(
      'SELECT row_to_json(s)::text AS row FROM portal_search_entries s WHERE document_id = $1',
      [answerId],
    );
    expect(index).toHaveLength(1);
    for (const value of [CITIZEN.fullName, '0987', CITIZEN.email, 'L.T.M.H.']) expect(index[0]?.row).not.toContain(value);
    const list = await inbox('head', 'khanhKhe', `&q=${code}`);
    expect(list.body.data[0]).toMatchObject({ state: 'answered', due: 'closed' });
  });

  it('rejects a question with a reason the status page shows', async () => {
    const spam = await ask('khanh-khe', question('khanh-khe', { body: 'Bán đất nền giá rẻ liên hệ ngay hôm nay nhé cả nhà.' }));
    expectStatus(spam, 201);
    const noReason = await as('head').call<StrapiErrorBody>('POST', `/citizen-voice/inbox/${spam.body.code}/reject`, {
      commune: commune('khanhKhe').documentId,
    });
    expectStatus(noReason, 400);
    expect(noReason.body.error?.message).toMatch(/lý do/);
    expectStatus(
      await as('head').call('POST', `/citizen-voice/inbox/${spam.body.code}/reject`, {
        commune: commune('khanhKhe').documentId,
        reason: 'spam',
        note: 'Quảng cáo',
      }),
      200,
    );
    const status = await site.as('khanh-khe').get<QuestionStatus>(`/citizen-voice/questions/status?code=${spam.body.code}`);
    expect(status.body).toMatchObject({ state: 'rejected', rejectReason: 'spam' });
  });

  it('records every moderation step in the audit trail, under the commune', async () => {
    const rows = await db.query<{ action: string; outcome: string; commune_id: number }>(
      "SELECT action, outcome, commune_id FROM audit_events WHERE action LIKE 'content.citizen-%' ORDER BY id",
    );
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['content.citizen-assign', 'content.citizen-answer', 'content.citizen-reject']),
    );
    expect(rows.filter((row) => row.outcome === 'succeeded').every((row) => row.commune_id === commune('khanhKhe').id)).toBe(true);
  });
});

describe('consultations', () => {
  let open = '';
  let commentCode = '';

  /** A member writes it, the head approves and publishes it. */
  async function publishConsultation(title: string, opensAt: Date, closesAt: Date): Promise<string> {
    const created = await as('member').create(CONSULTATION, {
      title,
      draftingAgency: 'Văn phòng HĐND và UBND xã',
      summary: 'Xin ý kiến nhân dân về dự thảo trước khi ban hành.',
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      commentVisibility: 'Công khai sau khi duyệt',
      commune: { connect: [{ documentId: commune('khanhKhe').documentId }] },
    });
    expectStatus(created, 201);
    const documentId = created.body.data.documentId;
    expectStatus(await press(as('member'), CONSULTATION, documentId, { action: 'submit' }), 200);
    expectStatus(await press(as('head'), CONSULTATION, documentId, { action: 'assign', assigneeId: ids.member }), 200);
    expectStatus(await press(as('member'), CONSULTATION, documentId, { action: 'send' }), 200);
    expectStatus(await press(as('head'), CONSULTATION, documentId, { action: 'approve' }), 200);
    expectStatus(await press(as('head'), CONSULTATION, documentId, { action: 'publish' }), 200);
    return documentId;
  }

  const comment = (slug: string, documentId: string, overrides: Record<string, unknown> = {}) =>
    site.as(slug).send<{ code: string } & Refusal>('POST', `/citizen-voice/consultations/${documentId}/comments`, {
      client: newClient(),
      formToken: tokens[slug],
      ...CITIZEN,
      consent: true,
      body: `Đề nghị bổ sung quy định về giờ mở cửa nghĩa trang. ${randomBytes(3).toString('hex')}`,
      ...overrides,
    });

  it('take comments while open only, and for their own commune only', async () => {
    const day = 86_400_000;
    open = await publishConsultation('Dự thảo Quy chế quản lý nghĩa trang xã', new Date(Date.now() - day), new Date(Date.now() + 20 * day));
    const closed = await publishConsultation(
      'Dự thảo Kế hoạch thu gom rác 2026',
      new Date(Date.now() - 30 * day),
      new Date(Date.now() - 2 * day),
    );
    const received = await comment('khanh-khe', open);
    expectStatus(received, 201);
    commentCode = received.body.code;
    const late = await comment('khanh-khe', closed);
    expectStatus(late, 400);
    expect(late.body.error?.message).toMatch(/hết thời hạn nhận ý kiến/);
    const foreign = await comment('son-giang', open, { formToken: tokens['son-giang'] });
    expectStatus(foreign, 404);
    const bad = await comment('khanh-khe', open, { body: '<script>x</script> góp ý' });
    expectStatus(bad, 400);
    expect(bad.body.error?.details?.fields?.body).toMatch(/mã HTML/);
    expect((await db.query('SELECT 1 FROM consultation_comments')).length).toBe(1);
  });

  it('show a comment once the board approved it, with initials only, and purge the site’s cache', async () => {
    const list = () =>
      site.as('khanh-khe').get<{ data: Array<Record<string, string>>; received: number }>(`/citizen-voice/consultations/${open}/comments`);
    expect((await list()).body).toEqual({ data: [], received: 1 });
    expectStatus(
      await as('otherHead').call('POST', `/citizen-voice/comments/${commentCode}/approve`, { commune: commune('khanhKhe').documentId }),
      403,
    );
    expectStatus(
      await as('otherHead').call('POST', `/citizen-voice/comments/${commentCode}/approve`, { commune: commune('sonGiang').documentId }),
      404,
    );
    expectStatus(
      await as('contributor').call('POST', `/citizen-voice/comments/${commentCode}/approve`, { commune: commune('khanhKhe').documentId }),
      403,
    );
    const version = async () =>
      Number(
        (
          await db.query<{ version: string }>('SELECT version FROM site_content_versions WHERE commune_id = $1', [commune('khanhKhe').id])
        )[0]?.version ?? 0,
      );
    const before = await version();
    expectStatus(
      await as('member').call('POST', `/citizen-voice/comments/${commentCode}/approve`, { commune: commune('khanhKhe').documentId }),
      200,
    );
    expect(await version()).toBeGreaterThan(before);
    const shown = await list();
    expect(shown.body.data).toEqual([
      { initials: 'L.T.M.H.', body: expect.stringContaining('giờ mở cửa nghĩa trang'), receivedOn: todayInVietnam() },
    ]);
    expect(JSON.stringify(shown.body)).not.toContain(CITIZEN.email);
    expectStatus(await site.as('son-giang').get(`/citizen-voice/consultations/${open}/comments`), 404);
  });
});

describe('ratings', () => {
  const rate = (slug: string, body: Record<string, unknown>) =>
    site.as(slug).send<{ counted: boolean } & Refusal>('POST', '/citizen-voice/ratings', body);

  it('count one vote per visitor, page and day', async () => {
    const visitor = newClient();
    const client = newClient();
    const first = await rate('khanh-khe', {
      visitor,
      client,
      path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
      useful: true,
      comment: 'Rất rõ ràng',
    });
    expectStatus(first, 201);
    expect(first.body.counted).toBe(true);
    const again = await rate('khanh-khe', { visitor, client, path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', useful: false });
    expectStatus(again, 200);
    expect(again.body.counted).toBe(false);
    expectStatus(await rate('khanh-khe', { visitor, client, path: '/tin-tuc/le-hoi', useful: false }), 201);
    expectStatus(await rate('khanh-khe', { visitor: newClient(), client, path: '/tin-tuc/le-hoi', useful: true }), 201);
    expectStatus(await rate('khanh-khe', { visitor, client, path: 'javascript:alert(1)', useful: true }), 400);
    expectStatus(await rate('khanh-khe', { visitor, client, path: '/a', useful: true, comment: '<b>x</b>' }), 400);

    const figures = await as('head').call<RatingFigures>('GET', `/citizen-voice/ratings?commune=${commune('khanhKhe').documentId}`);
    expectStatus(figures, 200);
    expect(figures.body.data).toEqual(
      expect.arrayContaining([
        {
          path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
          useful: 1,
          notUseful: 0,
          comments: [{ useful: true, comment: 'Rất rõ ràng', day: todayInVietnam() }],
        },
        { path: '/tin-tuc/le-hoi', useful: 1, notUseful: 1, comments: [] },
      ]),
    );
    const other = await as('otherHead').call<RatingFigures>('GET', `/citizen-voice/ratings?commune=${commune('sonGiang').documentId}`);
    expect(other.body.data).toEqual([]);
  });
});

describe('housekeeping', () => {
  it('e-mails the head about late questions, with codes and no personal data', async () => {
    const mails = await mailbox.next(1, { timeoutMs: 15_000 });
    const mail = mails.find((entry) => entry.to.includes('head@ykien.thu.vn'));
    if (!mail) throw new Error(`no reminder to the head: ${JSON.stringify(mails.map((entry) => entry.to))}`);
    expect(mail.subject).toMatch(/quá hạn/);
    for (const value of [CITIZEN.fullName, '0987', CITIZEN.email]) expect(mail.text).not.toContain(value);
  });

  it('erases contact data after the retention period, keeping the initials', async () => {
    const [row] = await db.query<{ code: string }>("SELECT code FROM citizen_questions WHERE status = 'rejected' LIMIT 1");
    if (!row) throw new Error('no closed question');
    await db.query("UPDATE citizen_questions SET closed_at = now() - interval '25 months' WHERE code = $1", [row.code]);
    const erased = async () =>
      (
        await db.query<{ full_name: string | null; phone: string | null; initials: string }>(
          'SELECT full_name, phone, initials FROM citizen_questions WHERE code = $1',
          [row.code],
        )
      )[0];
    for (let waited = 0; waited < 15_000 && (await erased())?.full_name !== null; waited += 500)
      await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await erased()).toEqual({ full_name: null, phone: null, initials: expect.stringMatching(/\.$/) });
    // An open question keeps its contact data whatever its age.
    expect((await db.query("SELECT 1 FROM citizen_questions WHERE status <> 'rejected' AND full_name IS NULL")).length).toBe(0);
  });

  it('never writes what a citizen typed into the logs', () => {
    const output = strapi.output();
    for (const value of [CITIZEN.fullName, '0987654321', '0987 654 321', CITIZEN.email, 'giấy tờ gì']) expect(output).not.toContain(value);
  });
});
