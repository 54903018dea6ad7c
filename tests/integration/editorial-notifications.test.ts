/**
 * The editorial board's e-mail notifications, end to end: the real Strapi sends through its email
 * plugin (nodemailer) to a local SMTP server started by this test, while a commune's board walks
 * items through the flow. Each step checks who received which message — and that the person who
 * pressed the button never receives their own.
 */
import { ARTICLE, press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient } from '../support/http';
import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const PASSWORD = 'Thong-Bao-2026';
const ROLES = {
  head: 'commune-board-head',
  deputy: 'commune-board-deputy',
  member: 'commune-board-member',
  contributor: 'commune-contributor',
} as const;
type BoardRole = keyof typeof ROLES;

/** Board people of Khánh Khê, with Vietnamese names (they appear in the messages). */
const PEOPLE = {
  head: { role: 'head', firstname: 'Trưởng', lastname: 'Hoàng Văn' },
  deputy: { role: 'deputy', firstname: 'Phó', lastname: 'Lý Thị' },
  member: { role: 'member', firstname: 'Biên', lastname: 'Nông Văn' },
  contributor: { role: 'contributor', firstname: 'Cộng', lastname: 'Vi Thị' },
  // Board members who must never receive mail: a blocked account and one never activated.
  blockedDeputy: { role: 'deputy', firstname: 'Khóa', lastname: 'Bế Văn' },
  inactiveDeputy: { role: 'deputy', firstname: 'Chưa', lastname: 'Đàm Thị' },
} as const satisfies Record<string, { role: BoardRole; firstname: string; lastname: string }>;
type Who = keyof typeof PEOPLE;

const emailOf = (who: Who): string => `${who.toLowerCase()}@thongbao.thu.vn`;

let db: TestDatabase;
let mailbox: Mailbox;
let strapi: StrapiInstance;
let communeDocumentId: string;
const clients: Partial<Record<Who, AdminClient>> = {};
const ids: Partial<Record<Who, number>> = {};

const as = (who: Who): AdminClient => {
  const client = clients[who];
  if (!client) throw new Error(`${who} cannot log in`);
  return client;
};
const idOf = (who: Who): number => {
  const id = ids[who];
  if (id === undefined) throw new Error(`no user ${who}`);
  return id;
};

/** Who received the messages, as sorted names of PEOPLE. */
const recipients = (mails: readonly ReceivedMail[]): string[] =>
  mails
    .flatMap((mail) => mail.to.map((address) => (Object.keys(PEOPLE) as Who[]).find((who) => emailOf(who) === address) ?? address))
    .sort();

async function pressOk(who: Who, documentId: string, request: Parameters<typeof press>[3]): Promise<void> {
  const response = await press(as(who), ARTICLE, documentId, request);
  if (response.status !== 200) throw new Error(`${who} ${request.action}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
}

async function draft(who: Who, title: string): Promise<string> {
  const response = await as(who).create(ARTICLE, {
    title,
    kind: 'tin',
    featured: false,
    summary: 'Tóm tắt',
    commune: { connect: [{ documentId: communeDocumentId }] },
  });
  expect(response.status).toBe(201);
  return response.body.data.documentId;
}

beforeAll(async () => {
  mailbox = await startMailbox();
  const seeded = await createSeededDatabase('editorial_notifications');
  db = seeded.db;
  const { setup } = seeded;
  // The seed runs without SMTP: only the server under test sends mail.
  Object.assign(setup.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'Ban biên tập Khánh Khê <bientap@khanhkhe.thu.vn>',
    PUBLIC_URL: 'https://cms.thu.vn',
  });
  strapi = await startStrapi(setup);
  const superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  communeDocumentId = commune.document_id;

  for (const who of Object.keys(PEOPLE) as Who[]) {
    const person = PEOPLE[who];
    const roleIds = [await superAdmin.roleIdByCode(ROLES[person.role])];
    if (who === 'inactiveDeputy') {
      // Invited, never registered: the account is inactive.
      const created = await superAdmin.call<{ data?: { id: number } }>('POST', '/admin/users', {
        email: emailOf(who),
        firstname: person.firstname,
        lastname: person.lastname,
        roles: roleIds,
      });
      ids[who] = created.body.data?.id;
    } else {
      ids[who] = await superAdmin.createUser({
        email: emailOf(who),
        firstname: person.firstname,
        lastname: person.lastname,
        password: PASSWORD,
        roleIds,
      });
      clients[who] = await AdminClient.login(strapi.url, emailOf(who), PASSWORD);
    }
    const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
      adminUserId: idOf(who),
      commune: communeDocumentId,
      boardRole: person.role,
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
  }
  await db.query('UPDATE admin_users SET blocked = true WHERE id = $1', [idOf('blockedDeputy')]);
  // Creating users and memberships sends nothing; start each test from an empty mailbox.
  await mailbox.next(0, { quietMs: 300 });
});

afterAll(async () => {
  await strapi?.stop();
  await mailbox?.close();
  await db?.drop();
});

describe('e-mail to whoever must act next', () => {
  const title = 'Hội nghị tổng kết công tác năm 2026 của xã';
  let documentId = '';

  it('tells the head and the deputy that a contributor submitted an item (not the contributor, not blocked or inactive accounts)', async () => {
    documentId = await draft('contributor', title);
    expect(await mailbox.next(0, { quietMs: 500 })).toEqual([]); // creating a draft tells nobody
    await pressOk('contributor', documentId, { action: 'submit' });
    const mails = await mailbox.next(2);
    expect(recipients(mails)).toEqual(['deputy', 'head']);
    for (const mail of mails) {
      expect(mail.to).toHaveLength(1); // one message per person: nobody sees the others' addresses
      expect(mail.from).toBe('bientap@khanhkhe.thu.vn');
      expect(mail.subject).toBe(`[Xã Khánh Khê] Tin bài mới chờ phân công: ${title}`);
      expect(mail.text).toContain(`Vi Thị Cộng đã gửi tin bài “${title}” lên Ban biên tập.`);
      expect(mail.text).toContain(`https://cms.thu.vn/admin/content-manager/collection-types/${ARTICLE}/${documentId}`);
      expect(mail.html).toContain(`href="https://cms.thu.vn/admin/content-manager/collection-types/${ARTICLE}/${documentId}`);
    }
    expect(mails.find((mail) => mail.to[0] === emailOf('head'))?.text).toMatch(/^Chào Hoàng Văn Trưởng,/);
  });

  it('tells the assigned member', async () => {
    await pressOk('head', documentId, { action: 'assign', assigneeId: idOf('member') });
    const [mail, ...extra] = await mailbox.next(1);
    expect(extra).toEqual([]);
    expect(mail?.to).toEqual([emailOf('member')]);
    expect(mail?.subject).toBe(`[Xã Khánh Khê] Bạn được phân công biên tập tin bài: ${title}`);
    expect(mail?.text).toContain('Hoàng Văn Trưởng đã phân công bạn biên tập');
  });

  it('tells the head, and only the head, that the edited item waits for approval', async () => {
    await pressOk('member', documentId, { action: 'send' });
    const mails = await mailbox.next(1);
    expect(recipients(mails)).toEqual(['head']);
    expect(mails[0]?.subject).toBe(`[Xã Khánh Khê] Tin bài chờ duyệt: ${title}`);
    expect(mails[0]?.text).toContain('Trạng thái: Đang biên tập → Chờ duyệt');
  });

  it('returns the item to the member with the head’s comment', async () => {
    const comment = 'Bổ sung ảnh hội nghị và sửa lại đoạn mở đầu.';
    await pressOk('head', documentId, { action: 'return', comment });
    const mails = await mailbox.next(1);
    expect(recipients(mails)).toEqual(['member']);
    expect(mails[0]?.subject).toBe(`[Xã Khánh Khê] Tin bài bị trả lại: ${title}`);
    expect(mails[0]?.text).toContain(`Ý kiến của Hoàng Văn Trưởng:\n${comment}`);
    expect(mails[0]?.html).toContain(comment);
  });

  it('tells the head again when the member sends the fixed item, and the member and author when it is approved', async () => {
    await pressOk('member', documentId, { action: 'send' });
    expect(recipients(await mailbox.next(1))).toEqual(['head']);

    await pressOk('head', documentId, { action: 'approve' });
    const mails = await mailbox.next(2);
    expect(recipients(mails)).toEqual(['contributor', 'member']);
    for (const mail of mails) expect(mail.subject).toBe(`[Xã Khánh Khê] Tin bài đã được duyệt: ${title}`);
  });

  it('tells the author of another item that it was rejected, with the reason, once even when they are also its assignee', async () => {
    const other = 'Thông báo lịch tiếp công dân tháng 12';
    const otherId = await draft('deputy', other);
    await pressOk('deputy', otherId, { action: 'submit' });
    // The deputy submitted it: only the head hears (the blocked and inactive deputies do not).
    expect(recipients(await mailbox.next(1))).toEqual(['head']);
    await pressOk('head', otherId, { action: 'assign', assigneeId: idOf('deputy') });
    expect(recipients(await mailbox.next(1))).toEqual(['deputy']);

    const reason = 'Trùng nội dung với thông báo đã đăng ngày 01/12.';
    await pressOk('head', otherId, { action: 'reject', comment: reason });
    const mails = await mailbox.next(1);
    expect(recipients(mails)).toEqual(['deputy']);
    expect(mails[0]?.subject).toBe(`[Xã Khánh Khê] Tin bài bị từ chối: ${other}`);
    expect(mails[0]?.text).toContain(`Lý do của Hoàng Văn Trưởng:\n${reason}`);
  });

  it('never sent anyone a message about their own action, nor to the blocked or inactive accounts', () => {
    const addresses = mailbox.received.flatMap((mail) => mail.to);
    expect(addresses).not.toContain(emailOf('blockedDeputy'));
    expect(addresses).not.toContain(emailOf('inactiveDeputy'));
    // Every message names its actor in the text; no actor is among its recipients.
    for (const mail of mailbox.received) {
      for (const who of Object.keys(PEOPLE) as Who[]) {
        const name = `${PEOPLE[who].lastname} ${PEOPLE[who].firstname}`; // Vietnamese order
        if (mail.text.includes(`\n${name} đã`)) expect(mail.to).not.toContain(emailOf(who));
      }
    }
    expect(mailbox.received).toHaveLength(11);
  });

  it('does not hold up or fail a transition when the mail server is down', async () => {
    await mailbox.close();
    const third = await draft('contributor', 'Tin khi máy chủ thư ngừng hoạt động');
    const started = Date.now();
    await pressOk('contributor', third, { action: 'submit' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
