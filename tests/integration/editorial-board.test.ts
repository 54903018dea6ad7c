/**
 * The editorial board's approval boundary, over HTTP as each role, against the real Strapi and
 * PostgreSQL: the whole flow of seed 004 (contributor submits → head assigns → member edits and
 * sends → head returns → member fixes → head approves → published), and the attack matrix: every
 * path to put content on the public site without the head's approval is tried by every role, and
 * refused; the legitimate path succeeds.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../database/paths';
import { node } from '../../scripts/lib/tools';
import type { QueuesResponse } from '../../plugins/editorial-board/shared';
import { signPreviewToken } from '../../plugins/editorial-board/server/src/preview/token';
import { ARTICLE, boardView, press, stateOf } from '../support/board';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, ContentClient } from '../support/http';
import { freePort, startStrapi, SUPER_ADMIN, type StrapiInstance, type StrapiSetup } from '../support/strapi';

const CM = '/content-manager/collection-types';
const PREVIEW_SECRET = 'xem-truoc-chi-cho-ban-bien-tap-khanh-khe-2026';
const PASSWORD = 'Hoa-Dao-Do-2026';
const ROLES = {
  head: { code: 'commune-board-head', boardRole: 'head' },
  deputy: { code: 'commune-board-deputy', boardRole: 'deputy' },
  member: { code: 'commune-board-member', boardRole: 'member' },
  contributor: { code: 'commune-contributor', boardRole: 'contributor' },
  admin: { code: 'commune-admin', boardRole: 'member' },
} as const;
type Role = keyof typeof ROLES;

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
let site: ContentClient;
const people: Record<string, AdminClient> = {};
const ids: Record<string, number> = {};
let khanhKhe: { id: number; documentId: string };
let cellsTried = 0;

const as = (who: string): AdminClient => {
  const user = people[who];
  if (!user) throw new Error(`no user ${who}`);
  return user;
};

async function isLive(documentId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [documentId])).length > 0;
}

async function liveTitle(documentId: string): Promise<string | null> {
  const [row] = await db.query<{ title: string }>('SELECT title FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [
    documentId,
  ]);
  return row?.title ?? null;
}

async function events(documentId: string): Promise<Array<{ action: string; actor_user_id: number | null; comment: string | null }>> {
  return db.query('SELECT action, actor_user_id, comment FROM editorial_events WHERE target_document_id = $1 ORDER BY id', [documentId]);
}

/** A new draft article of Khánh Khê, written by `who` (as the admin panel's Save does). */
async function draft(who: string, title: string): Promise<string> {
  const response = await as(who).create(ARTICLE, {
    title,
    kind: 'tin',
    featured: false,
    summary: 'Tóm tắt',
    commune: { connect: [{ documentId: khanhKhe.documentId }] },
  });
  expect(response.status).toBe(201);
  return response.body.data.documentId;
}

/** Walks a draft to "approved" by the legitimate path (member edits, head approves). */
async function approvedItem(title: string): Promise<string> {
  const documentId = await draft('contributor', title);
  expect((await press(as('contributor'), ARTICLE, documentId, { action: 'submit' })).status).toBe(200);
  expect((await press(as('head'), ARTICLE, documentId, { action: 'assign', assigneeId: ids.member })).status).toBe(200);
  expect((await press(as('member'), ARTICLE, documentId, { action: 'send' })).status).toBe(200);
  expect((await press(as('head'), ARTICLE, documentId, { action: 'approve' })).status).toBe(200);
  return documentId;
}

async function inReviewItem(title: string): Promise<string> {
  const documentId = await draft('contributor', title);
  await press(as('contributor'), ARTICLE, documentId, { action: 'submit' });
  await press(as('head'), ARTICLE, documentId, { action: 'assign', assigneeId: ids.member });
  expect((await press(as('member'), ARTICLE, documentId, { action: 'send' })).status).toBe(200);
  return documentId;
}

beforeAll(async () => {
  ({ db, setup } = await createSeededDatabase('editorial_board'));
  setup.env.EDITORIAL_SCHEDULE_INTERVAL_MS = '1000';
  // Known here so that the preview tests can sign an expired link as the CMS would.
  setup.env.PREVIEW_SECRET = PREVIEW_SECRET;
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  people.province = superAdmin;
  const [commune] = await db.query<{ id: number; document_id: string }>("SELECT id, document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  khanhKhe = { id: commune.id, documentId: commune.document_id };
  const [other] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'son-giang'");
  const join = async (name: string, role: Role, communeDocumentId: string) => {
    const email = `${name}@bientap.thu.vn`;
    const userId = await superAdmin.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(ROLES[role].code)],
    });
    const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
      adminUserId: userId,
      commune: communeDocumentId,
      boardRole: ROLES[role].boardRole,
      isCommuneAdmin: role === 'admin',
    });
    expect(membership.status).toBe(200);
    ids[name] = userId;
    people[name] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  for (const role of Object.keys(ROLES) as Role[]) await join(role, role, khanhKhe.documentId);
  await join('otherHead', 'head', other?.document_id ?? '');
  site = new ContentClient(strapi.url, await strapi.publicToken()).as('khanh-khe');
});

afterAll(async () => {
  console.log(`Approval attack matrix: ${cellsTried} cells (path × role) tried.`);
  await strapi?.stop();
  await db?.drop();
});

describe('the board flow of seed 004', () => {
  it('walks an item from a contributor to the public site, with every step logged', async () => {
    const documentId = await draft('contributor', 'Hội nghị tổng kết công tác năm của xã Khánh Khê');
    let view = await stateOf(as('contributor'), ARTICLE, documentId);
    expect(view.state).toBe('draft');
    expect(view.actions.map((action) => action.action)).toEqual(['submit']);
    expect(view.readOnlyReason).toBeNull();

    expect((await press(as('contributor'), ARTICLE, documentId, { action: 'submit' })).status).toBe(200);
    // Sent: the contributor only reads it now, and the view says why (the edit view shows it).
    expect((await stateOf(as('contributor'), ARTICLE, documentId)).readOnlyReason).toMatch(
      /^Tin, bài đã gửi Ban biên tập nên bạn chỉ xem được/,
    );
    view = await stateOf(as('head'), ARTICLE, documentId);
    expect(view.stateLabel).toBe('Chờ phân công');
    expect(view.readOnlyReason).toBeNull();
    expect(view.assignable.map((person) => person.id)).toEqual(expect.arrayContaining([ids.member, ids.deputy]));

    expect((await press(as('head'), ARTICLE, documentId, { action: 'assign', assigneeId: ids.member })).status).toBe(200);
    expect((await as('member').update(ARTICLE, documentId, { summary: 'Tóm tắt đã biên tập' })).status).toBe(200);
    expect((await press(as('member'), ARTICLE, documentId, { action: 'send' })).status).toBe(200);

    const noComment = await press(as('head'), ARTICLE, documentId, { action: 'return' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error?.message).toMatch(/ý kiến/);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'return', comment: 'Bổ sung ảnh hội nghị.' })).status).toBe(200);
    expect((await stateOf(as('member'), ARTICLE, documentId)).state).toBe('returned');

    expect((await as('member').update(ARTICLE, documentId, { summary: 'Tóm tắt có thêm ảnh' })).status).toBe(200);
    expect((await press(as('member'), ARTICLE, documentId, { action: 'send' })).status).toBe(200);
    expect(await isLive(documentId)).toBe(false);

    const approved = await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true });
    expect(approved.status).toBe(200);
    expect(approved.body.data?.state).toBe('published');
    const listed = await site.get<{ data: Array<{ documentId: string }> }>(`/articles?filters[documentId][$eq]=${documentId}`);
    expect(listed.body.data.map((entry) => entry.documentId)).toEqual([documentId]);

    const log = await events(documentId);
    expect(log.map((event) => event.action)).toEqual(['create', 'submit', 'assign', 'send', 'return', 'send', 'approve', 'publish']);
    expect(log.find((event) => event.action === 'return')?.comment).toBe('Bổ sung ảnh hội nghị.');
    const timeline = (await stateOf(as('head'), ARTICLE, documentId)).timeline;
    expect(timeline.map((entry) => entry.label)).toContain('Trả lại');
  });

  it('sends an edit after approval back for approval, while the live version stays live', async () => {
    const documentId = await approvedItem('Thông báo lịch tiếp công dân');
    expect((await press(as('head'), ARTICLE, documentId, { action: 'publish' })).status).toBe(200);
    expect((await as('member').update(ARTICLE, documentId, { title: 'Thông báo lịch tiếp công dân (sửa)' })).status).toBe(200);
    const view = await stateOf(as('head'), ARTICLE, documentId);
    expect(view.state).toBe('in_review');
    expect(view.changedSinceApproval).toBe(true);
    expect(await liveTitle(documentId)).toBe('Thông báo lịch tiếp công dân');
    expect((await as('head').publish(ARTICLE, documentId)).status).toBe(403);
    expect(await liveTitle(documentId)).toBe('Thông báo lịch tiếp công dân');
  });

  it('lets a member record an item received on paper in the outside author’s name', async () => {
    const documentId = await draft('member', 'Tin do Chi hội Phụ nữ thôn gửi');
    const view = await stateOf(as('member'), ARTICLE, documentId);
    const response = await as('member').call('POST', `/editorial-board/workflows/${ARTICLE}/${documentId}/received`, {
      version: view.version,
      authorName: 'Nguyễn Thị Hoa',
      channel: 'paper',
    });
    expect(response.status).toBe(200);
    const after = await stateOf(as('head'), ARTICLE, documentId);
    expect(after.state).toBe('submitted');
    expect(after.authorName).toBe('Nguyễn Thị Hoa');
    expect(after.sourceChannel).toBe('paper');
    const own = await draft('contributor', 'Thử ghi nhận');
    const contributorTry = await as('contributor').call('POST', `/editorial-board/workflows/${ARTICLE}/${own}/received`, {
      version: (await stateOf(as('contributor'), ARTICLE, own)).version,
      authorName: 'X',
      channel: 'email',
    });
    expect(contributorTry.status).toBe(403);
  });

  it('publishes an approved item at its scheduled time, as the system, once even with two Strapi processes', async () => {
    // A second Strapi process on the same database, with its own scheduler: only one may publish.
    const port = await freePort();
    const workDir = await mkdtemp(path.join(tmpdir(), 'commune-second-'));
    const second = await startStrapi({
      port,
      workDir,
      env: { ...setup.env, PORT: String(port), PUBLIC_SITE_TOKEN_FILE: path.join(workDir, 'token') },
    });
    try {
      const documentIds = await Promise.all(
        ['Lịch cắt điện tuần sau', 'Lịch tiêm chủng tháng 12', 'Thông báo thu thuế đất'].map((title) => approvedItem(title)),
      );
      // Far enough ahead for three presses on a loaded CI machine (each now also runs the publish check).
      const when = new Date(Date.now() + 6000).toISOString();
      for (const documentId of documentIds)
        expect((await press(as('head'), ARTICLE, documentId, { action: 'schedule', scheduledAt: when })).status).toBe(200);
      expect(await isLive(documentIds[0] ?? '')).toBe(false);
      const deadline = Date.now() + 20000;
      const allLive = async () => (await Promise.all(documentIds.map(isLive))).every(Boolean);
      while (!(await allLive()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await allLive()).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 2500)); // both schedulers have had another turn
      for (const documentId of documentIds) {
        const publish = (await events(documentId)).filter((event) => event.action === 'publish');
        expect(publish).toHaveLength(1);
        expect(publish[0]?.actor_user_id).toBeNull();
        const rows = await db.query('SELECT 1 FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [documentId]);
        expect(rows).toHaveLength(1);
      }
    } finally {
      await second.stop();
    }
  });

  it('shows each user their queues with counts', async () => {
    await inReviewItem('Tin chờ duyệt cho hàng đợi');
    const response = await as('head').call<QueuesResponse>('GET', '/editorial-board/queues');
    expect(response.status).toBe(200);
    expect(response.body.data.counts.review).toBeGreaterThan(0);
    expect(response.body.data.queues.mine.map((item) => item.title)).toContain('Tin chờ duyệt cho hàng đợi');
    const other = await as('otherHead').call<QueuesResponse>('GET', '/editorial-board/queues');
    expect(
      Object.values(other.body.data.queues)
        .flat()
        .map((item) => item.title),
    ).not.toContain('Tin chờ duyệt cho hàng đợi');
  });
});

describe('the draft is checked before it reaches the board (issue 19)', () => {
  /** Refused cleanly: HTTP 400, one Vietnamese sentence per field, no trace of the validator. */
  const expectExplained = (response: { status: number; body: { error?: { message?: string } } }, sentence: RegExp): void => {
    if (response.status !== 400) throw new Error(`expected 400, got ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
    const message = response.body.error?.message ?? '';
    expect(message).toMatch(/^Nội dung chưa đủ để đăng lên trang/);
    expect(message).toMatch(sentence);
    expect(message).not.toMatch(/must|`|null/);
  };
  const actions = async (documentId: string) => (await events(documentId)).map((event) => event.action);

  it('refuses an empty cover block at submit, naming it; nothing changes until the cover is removed', async () => {
    const response = await as('contributor').create(ARTICLE, {
      title: 'Tin có khung ảnh bìa trống',
      kind: 'tin',
      featured: false,
      cover: { image: null, alt: null, caption: null },
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expect(response.status).toBe(201);
    const documentId = response.body.data.documentId;
    const before = await stateOf(as('contributor'), ARTICLE, documentId);
    expectExplained(
      await press(as('contributor'), ARTICLE, documentId, { action: 'submit' }),
      /: hãy nhập mô tả ảnh \(chữ thay thế\) hoặc bỏ /,
    );
    const after = await stateOf(as('contributor'), ARTICLE, documentId);
    expect([after.state, after.version]).toEqual(['draft', before.version]);
    expect(await actions(documentId)).toEqual(['create']);

    expect((await as('contributor').update(ARTICLE, documentId, { cover: null })).status).toBe(200);
    expect((await press(as('contributor'), ARTICLE, documentId, { action: 'submit' })).status).toBe(200);
    expect((await stateOf(as('head'), ARTICLE, documentId)).state).toBe('submitted');
  });

  it('refuses to send an item whose required title was emptied, naming the field', async () => {
    const documentId = await draft('contributor', 'Tin sẽ bị xóa tiêu đề');
    expect((await press(as('contributor'), ARTICLE, documentId, { action: 'submit' })).status).toBe(200);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'assign', assigneeId: ids.member })).status).toBe(200);
    expect((await as('member').update(ARTICLE, documentId, { title: null })).status).toBe(200);
    const before = await stateOf(as('member'), ARTICLE, documentId);
    expectExplained(await press(as('member'), ARTICLE, documentId, { action: 'send' }), /Tiêu đề: chưa nhập, đây là thông tin bắt buộc\./);
    const after = await stateOf(as('member'), ARTICLE, documentId);
    expect([after.state, after.version]).toEqual(['editing', before.version]);
    expect(await actions(documentId)).toEqual(['create', 'submit', 'assign']);
    expect((await as('member').update(ARTICLE, documentId, { title: 'Tin đã có lại tiêu đề' })).status).toBe(200);
    expect((await press(as('member'), ARTICLE, documentId, { action: 'send' })).status).toBe(200);
  });

  it('refuses the head’s approval of an item emptied after sending, before anything is recorded; fixed, it goes live', async () => {
    const documentId = await inReviewItem('Tin bị làm trống ảnh bìa khi chờ duyệt');
    expect((await as('member').update(ARTICLE, documentId, { cover: { image: null, alt: null, caption: null } })).status).toBe(200);
    const seen = await stateOf(as('head'), ARTICLE, documentId);
    expect(seen.state).toBe('in_review');
    expectExplained(
      await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true, version: seen.version }),
      /hãy nhập mô tả ảnh \(chữ thay thế\)/,
    );
    const after = await stateOf(as('head'), ARTICLE, documentId);
    expect([after.state, after.version, after.approvedBy]).toEqual(['in_review', seen.version, null]);
    expect(await actions(documentId)).not.toContain('approve');
    expect(await isLive(documentId)).toBe(false);

    expect((await as('member').update(ARTICLE, documentId, { cover: null })).status).toBe(200);
    const retry = await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true });
    expect(retry.status).toBe(200);
    expect(retry.body.data?.state).toBe('published');
    expect(await isLive(documentId)).toBe(true);
  });

  it('rolls the approval back when publishing fails inside it; the retry with the same version publishes', async () => {
    // A real failure of the publication step, not of the content: the database refuses the live row.
    const documentId = await inReviewItem('Tin gặp lỗi cơ sở dữ liệu khi đăng');
    await db.query(
      `ALTER TABLE articles ADD CONSTRAINT board_test_publish_fails CHECK (published_at IS NULL OR document_id <> '${documentId}')`,
    );
    const seen = await stateOf(as('head'), ARTICLE, documentId);
    try {
      const failed = await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true, version: seen.version });
      expect(failed.status).toBe(503);
      expect(failed.body.error?.message).toMatch(/chưa có gì thay đổi \(việc duyệt chưa được ghi nhận\)/);
      const after = await stateOf(as('head'), ARTICLE, documentId);
      expect([after.state, after.stateLabel, after.version, after.approvedBy]).toEqual(['in_review', seen.stateLabel, seen.version, null]);
      expect(after.actions.map((action) => action.action)).toContain('approve');
      expect(await actions(documentId)).toEqual(['create', 'submit', 'assign', 'send']);
      expect(await isLive(documentId)).toBe(false);
    } finally {
      await db.query('ALTER TABLE articles DROP CONSTRAINT board_test_publish_fails');
    }
    // The panel still holds the version it saw: no false "vừa được người khác xử lý".
    const retry = await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true, version: seen.version });
    expect(retry.status).toBe(200);
    expect(retry.body.data?.state).toBe('published');
    expect(await actions(documentId)).toEqual(['create', 'submit', 'assign', 'send', 'approve', 'publish']);
    expect(await isLive(documentId)).toBe(true);
  });
});

describe('approval attack matrix', () => {
  const everyone = ['contributor', 'member', 'deputy', 'head', 'admin', 'province', 'otherHead'];
  const cell = () => {
    cellsTried += 1;
  };
  /**
   * The exact refusal: another commune's head does not even find the item (404); everyone of
   * this commune, and province IT, is refused it (403) — by their role's permissions or by the
   * board's publish guard, whichever comes first.
   */
  const refusal = (who: string): 403 | 404 => (who === 'otherHead' ? 404 : 403);
  const expectRefused = (response: { status: number; body: unknown }, status: number): void => {
    if (response.status !== status)
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
  };

  it.each(everyone)('the Publish action of the admin API is refused to %s on an item awaiting approval', async (who) => {
    const documentId = await inReviewItem(`Chờ duyệt, ${who} bấm Đăng`);
    cell();
    expectRefused(await as(who).publish(ARTICLE, documentId), refusal(who));
    expect(await isLive(documentId)).toBe(false);
  });

  it.each(everyone)('create-and-publish in one request is refused to %s, and nothing is created', async (who) => {
    cell();
    const title = `Tạo và đăng ngay bởi ${who}`;
    const response = await as(who).call('POST', `${CM}/${ARTICLE}/actions/publish`, {
      title,
      kind: 'tin',
      featured: false,
      commune: { connect: [{ documentId: khanhKhe.documentId }] },
    });
    expectRefused(response, 403);
    expect(await db.query('SELECT 1 FROM articles WHERE title = $1', [title])).toHaveLength(0);
  });

  it.each(everyone)('bulk publish is refused to %s for items not approved', async (who) => {
    const documentId = await inReviewItem(`Đăng hàng loạt bởi ${who}`);
    cell();
    const response = await as(who).call('POST', `${CM}/${ARTICLE}/actions/bulkPublish`, { documentIds: [documentId] });
    expectRefused(response, refusal(who));
    expect(await isLive(documentId)).toBe(false);
  });

  it.each(everyone)('unpublish and bulk unpublish through the content manager are refused to %s', async (who) => {
    const documentId = await approvedItem(`Gỡ xuống bởi ${who}`);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'publish' })).status).toBe(200);
    cell();
    expectRefused(await as(who).call('POST', `${CM}/${ARTICLE}/${documentId}/actions/unpublish`, {}), refusal(who));
    expect(await isLive(documentId)).toBe(true);
    // Naming another commune's entry in a bulk action is "not found" (guard/content-bulk.ts).
    expectRefused(await as(who).call('POST', `${CM}/${ARTICLE}/actions/bulkUnpublish`, { documentIds: [documentId] }), refusal(who));
    expect(await isLive(documentId)).toBe(true);
  });

  it.each(everyone)('deleting live content is refused to %s', async (who) => {
    const documentId = await approvedItem(`Xóa tin đang đăng bởi ${who}`);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'publish' })).status).toBe(200);
    cell();
    expectRefused(await as(who).call('DELETE', `${CM}/${ARTICLE}/${documentId}`), refusal(who));
    expectRefused(await as(who).call('POST', `${CM}/${ARTICLE}/actions/bulkDelete`, { documentIds: [documentId] }), refusal(who));
    expect(await isLive(documentId)).toBe(true);
  });

  it.each(everyone)('a clone made by %s starts as an unpublished draft', async (who) => {
    const documentId = await approvedItem(`Bản gốc để nhân bản (${who})`);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'publish' })).status).toBe(200);
    cell();
    const response = await as(who).call<{ data?: { documentId: string } }>('POST', `${CM}/${ARTICLE}/clone/${documentId}`, {
      title: `Bản sao của ${who}`,
    });
    const cloneId = response.body.data?.documentId;
    if (cloneId) {
      expect(await isLive(cloneId)).toBe(false);
      expect((await stateOf(as('head'), ARTICLE, cloneId)).state).toBe('draft');
    } else {
      expectRefused(response, refusal(who));
    }
  });

  it.each(everyone)('discarding the draft by %s never changes what is live', async (who) => {
    const documentId = await approvedItem(`Hủy bản nháp bởi ${who}`);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'publish' })).status).toBe(200);
    expect((await as('member').update(ARTICLE, documentId, { title: `Hủy bản nháp bởi ${who} (sửa)` })).status).toBe(200);
    cell();
    await as(who).call('POST', `${CM}/${ARTICLE}/${documentId}/actions/discard`, {});
    expect(await liveTitle(documentId)).toBe(`Hủy bản nháp bởi ${who}`);
    expectRefused(await as(who).publish(ARTICLE, documentId), refusal(who));
    expect(await liveTitle(documentId)).toBe(`Hủy bản nháp bởi ${who}`);
  });

  it.each(everyone.filter((who) => who !== 'head'))('approve, publish and force-publish are refused to %s', async (who) => {
    const documentId = await inReviewItem(`Duyệt bởi ${who}`);
    const version = (await stateOf(as('head'), ARTICLE, documentId)).version;
    cell();
    for (const action of ['approve', 'force_publish'] as const) {
      const response = await press(as(who), ARTICLE, documentId, { action, version, comment: 'Đăng gấp' });
      expectRefused(response, refusal(who));
    }
    expect(await isLive(documentId)).toBe(false);
    expect((await stateOf(as('head'), ARTICLE, documentId)).state).toBe('in_review');
  });

  it('edit after approval, then publish: refused until approved again', async () => {
    const documentId = await approvedItem('Sửa sau khi duyệt rồi đăng');
    expect((await as('member').update(ARTICLE, documentId, { summary: 'Nội dung khác với bản đã duyệt' })).status).toBe(200);
    cell();
    const view = await stateOf(as('head'), ARTICLE, documentId);
    expect(view.state).toBe('in_review');
    expectRefused(await press(as('head'), ARTICLE, documentId, { action: 'publish', version: view.version }), 403);
    expect((await as('head').publish(ARTICLE, documentId)).status).toBe(403);
    expect(await isLive(documentId)).toBe(false);
    expect((await press(as('head'), ARTICLE, documentId, { action: 'approve', thenPublish: true })).status).toBe(200);
    expect(await isLive(documentId)).toBe(true);
  });

  it('self-approval: the head cannot approve an item they wrote (four eyes)', async () => {
    const documentId = await draft('head', 'Bài do trưởng ban tự viết');
    await press(as('head'), ARTICLE, documentId, { action: 'submit' });
    await press(as('head'), ARTICLE, documentId, { action: 'assign', assigneeId: ids.member });
    await press(as('member'), ARTICLE, documentId, { action: 'send' });
    cell();
    const response = await press(as('head'), ARTICLE, documentId, { action: 'approve' });
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toMatch(/không được tự duyệt/);
    expect((await stateOf(as('head'), ARTICLE, documentId)).actions.map((action) => action.action)).not.toContain('approve');
  });

  it('force-publish by the head needs a written reason, and is logged with it', async () => {
    const documentId = await draft('member', 'Thông báo khẩn về phòng chống bão');
    const without = await press(as('head'), ARTICLE, documentId, { action: 'force_publish' });
    expect(without.status).toBe(400);
    expect(await isLive(documentId)).toBe(false);
    cell();
    expect(
      (await press(as('head'), ARTICLE, documentId, { action: 'force_publish', comment: 'Bão số 3 đổ bộ, cần thông báo ngay.' })).status,
    ).toBe(200);
    expect(await isLive(documentId)).toBe(true);
    const forced = (await events(documentId)).find((event) => event.action === 'force_publish');
    expect(forced?.comment).toBe('Bão số 3 đổ bộ, cần thông báo ngay.');
    expect(forced?.actor_user_id).toBe(ids.head);
  });

  it('two simultaneous approvals produce exactly one event; the other is told it is stale', async () => {
    const documentId = await inReviewItem('Hai lần duyệt cùng lúc');
    const version = (await stateOf(as('head'), ARTICLE, documentId)).version;
    cell();
    const responses = await Promise.all([1, 2, 3].map(() => press(as('head'), ARTICLE, documentId, { action: 'approve', version })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    expect((await events(documentId)).filter((event) => event.action === 'approve')).toHaveLength(1);
  });

  it('a stale version is refused with a clear message', async () => {
    const documentId = await inReviewItem('Phiên bản cũ');
    const seen = (await stateOf(as('head'), ARTICLE, documentId)).version;
    expect((await press(as('deputy'), ARTICLE, documentId, { action: 'return', comment: 'Sửa lại tiêu đề' })).status).toBe(200);
    cell();
    const stale = await press(as('head'), ARTICLE, documentId, { action: 'approve', version: seen });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toMatch(/vừa được người khác xử lý/);
  });

  it('another commune’s head can neither see nor move this commune’s items', async () => {
    const documentId = await inReviewItem('Tin của xã khác');
    cell();
    expect((await boardView(as('otherHead'), ARTICLE, documentId)).status).toBe(404);
    expect((await press(as('otherHead'), ARTICLE, documentId, { action: 'approve', version: 1 })).status).toBe(404);
  });

  it('the legitimate path: the head publishes an approved item with the built-in Publish button', async () => {
    const documentId = await approvedItem('Đăng bằng nút Đăng có sẵn');
    cell();
    expect((await as('head').publish(ARTICLE, documentId)).status).toBe(200);
    expect(await isLive(documentId)).toBe(true);
    expect((await stateOf(as('head'), ARTICLE, documentId)).state).toBe('published');
  });

  it('server code (another process, no request) cannot publish, unpublish or delete live content', async () => {
    const draftId = await inReviewItem('Máy chủ thử đăng');
    const liveId = await approvedItem('Máy chủ thử gỡ');
    expect((await press(as('head'), ARTICLE, liveId, { action: 'publish' })).status).toBe(200);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        node,
        [path.join(repoRoot, 'tests/support/server-code-publish.ts'), ARTICLE, draftId, liveId, khanhKhe.documentId],
        { cwd: repoRoot, env: setup.env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`server-code attack exited with ${code}: ${text.slice(-3000)}`)),
      );
    });
    const line = output.split('\n').find((entry) => entry.startsWith('SERVER_CODE_RESULT '));
    if (!line) throw new Error(`no result line: ${output.slice(-3000)}`);
    const attempts = JSON.parse(line.slice('SERVER_CODE_RESULT '.length)) as Array<{ name: string; refused: boolean; message: string }>;
    cellsTried += attempts.length;
    expect(attempts.filter((attempt) => !attempt.refused).map((attempt) => attempt.name)).toEqual([]);
    expect(attempts).toHaveLength(8);
    expect(await isLive(draftId)).toBe(false);
    expect(await isLive(liveId)).toBe(true);
    expect(await db.query("SELECT 1 FROM articles WHERE title IN ('Tin tự đăng của máy', 'Hàng đăng thẳng')")).toHaveLength(0);
  });
});

describe('preview links (issue 19 item 5): the board sees the draft, nobody else', () => {
  const previewUrl = (who: AdminClient, documentId: string) =>
    who.call<{ data?: { url?: string } }>('GET', `/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&status=draft`);
  const tokenOf = (url: string): string => url.slice(url.indexOf('/xem-truoc/') + '/xem-truoc/'.length);
  const open = (client: ContentClient, token: string) =>
    client.get<{ data: { uid: string; entry: { title: string; documentId: string } } | null }>(`/editorial-board/preview/${token}`);
  let documentId = '';
  let token = '';

  beforeAll(async () => {
    documentId = await draft('contributor', 'Bản nháp chỉ Ban biên tập được xem');
    const answer = await previewUrl(as('member'), documentId);
    expect(answer.status).toBe(200);
    token = tokenOf(answer.body.data?.url ?? '');
  });

  it('gives the board a link on the commune’s own site, which opens the draft there, never stored or indexed', async () => {
    const [commune] = await db.query<{ primary_domain: string }>("SELECT primary_domain FROM communes WHERE slug = 'khanh-khe'");
    for (const who of ['member', 'head', 'contributor']) {
      const answer = await previewUrl(as(who), documentId);
      expect(answer.status).toBe(200);
      expect(answer.body.data?.url).toMatch(
        new RegExp(`^https://${commune?.primary_domain.replaceAll('.', '\\.')}/xem-truoc/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`),
      );
    }
    const opened = await open(site, token);
    expect(opened.status).toBe(200);
    expect(opened.body.data?.uid).toBe(ARTICLE);
    expect(opened.body.data?.entry.title).toBe('Bản nháp chỉ Ban biên tập được xem');
    expect(await isLive(documentId)).toBe(false);
    expect(opened.headers?.get('cache-control')).toBe('no-store, private');
    expect(opened.headers?.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  it('gives no link to another commune’s head, nor to anyone signed out', async () => {
    const foreign = await previewUrl(as('otherHead'), documentId);
    expect(foreign.status).toBe(204);
    expect(JSON.stringify(foreign.body ?? '')).not.toContain('xem-truoc');
    // Nor for the published version: that is the live page.
    const published = await as('member').call('GET', `/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&status=published`);
    expect(published.status).toBe(204);
    const anonymous = await fetch(`${strapi.url}/content-manager/preview/url/${ARTICLE}?documentId=${documentId}`);
    expect(anonymous.status).toBe(401);
    // Strapi's live-preview script is not served: the sites run no script.
    expect((await fetch(`${strapi.url}/content-manager/preview/script`)).status).toBe(404);
  });

  it('refuses a forged, tampered, expired or misplaced link, and callers without the site’s token', async () => {
    const [payload = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      t: string;
      d: string;
      c: string;
      u: number;
      e: number;
    };
    const retitled = Buffer.from(JSON.stringify({ ...claims, c: 'son-giang' })).toString('base64url');
    const expired = signPreviewToken(
      { uid: ARTICLE, documentId, commune: 'khanh-khe', userId: claims.u, expiresAt: Math.floor(Date.now() / 1000) - 1 },
      Buffer.from(PREVIEW_SECRET),
    );
    const forged = signPreviewToken(
      { uid: ARTICLE, documentId, commune: 'khanh-khe', userId: claims.u, expiresAt: claims.e },
      Buffer.from('not-the-cms-secret-not-the-cms-secret'),
    );
    const cases: Array<[string, ContentClient, string, number]> = [
      ['a signature made with another key', site, forged, 404],
      ['a payload changed under its signature', site, `${retitled}.${signature}`, 404],
      ['a signature cut short', site, `${payload}.${signature.slice(0, 20)}`, 404],
      ['garbage', site, 'khong-phai-lien-ket', 404],
      ['commune A’s link on commune B’s site', site.as('son-giang'), token, 404],
      ['the site without naming its commune', site.as(undefined), token, 404],
      ['an expired link', site, expired, 410],
      ['an expired link on commune B’s site', site.as('son-giang'), expired, 404],
      ['no token at all', new ContentClient(strapi.url), token, 401],
    ];
    for (const [what, client, attempt, status] of cases) {
      const answer = await open(client, attempt);
      expect({ what, status: answer.status }).toEqual({ what, status });
      expect(JSON.stringify(answer.body)).not.toContain('Bản nháp chỉ Ban biên tập');
    }
  });

  it('previews an introduction page in the language version the editor is on; no link for another commune', async () => {
    const PAGE = 'api::page.page';
    const rows = await db.query<{ document_id: string; locale: string; title: string }>(
      `SELECT p.document_id, p.locale, p.title FROM pages p
         JOIN pages_commune_lnk l ON l.page_id = p.id JOIN communes m ON m.id = l.commune_id
        WHERE m.slug = 'khanh-khe' AND p.published_at IS NULL
          AND p.document_id IN (SELECT document_id FROM pages WHERE locale = 'en')`,
    );
    const english = rows.find((row) => row.locale === 'en');
    const vietnamese = rows.find((row) => row.locale === 'vi' && row.document_id === english?.document_id);
    if (!english || !vietnamese) throw new Error('the demo data has no Khánh Khê page in both languages');
    expect(english.title).not.toBe(vietnamese.title);
    for (const version of [vietnamese, english]) {
      const answer = await as('head').call<{ data?: { url?: string } }>(
        'GET',
        `/content-manager/preview/url/${PAGE}?documentId=${version.document_id}&locale=${version.locale}&status=draft`,
      );
      expect(answer.status).toBe(200);
      const opened = await open(site, tokenOf(answer.body.data?.url ?? ''));
      expect(opened.status).toBe(200);
      expect(opened.body.data?.uid).toBe(PAGE);
      expect(opened.body.data?.entry.title).toBe(version.title);
    }
    const foreign = await as('otherHead').call(
      'GET',
      `/content-manager/preview/url/${PAGE}?documentId=${english.document_id}&locale=en&status=draft`,
    );
    expect(foreign.status).toBe(204);
  });

  it('refuses the link of a user disabled since, and of a user who left the commune', async () => {
    const email = 'xemtruoc@bientap.thu.vn';
    const userId = await superAdmin.createUser({
      email,
      firstname: 'Xem',
      lastname: 'Trước',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(ROLES.member.code)],
    });
    const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
      adminUserId: userId,
      commune: khanhKhe.documentId,
      boardRole: 'member',
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
    const viewer = await AdminClient.login(strapi.url, email, PASSWORD);
    const linkOf = async () => tokenOf((await previewUrl(viewer, documentId)).body.data?.url ?? '');
    const before = await linkOf();
    expect((await open(site, before)).status).toBe(200);

    const disabled = await superAdmin.call('PUT', `/admin/users/${userId}`, { isActive: false });
    expect(disabled.status).toBe(200);
    const refused = await open(site, before);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Bản nháp chỉ Ban biên tập');

    // Active again, but no longer a member of Khánh Khê: the link issued while a member is dead.
    expect((await superAdmin.call('PUT', `/admin/users/${userId}`, { isActive: true })).status).toBe(200);
    expect((await open(site, before)).status).toBe(200);
    const [row] = await db.query<{ id: number }>('SELECT id FROM commune_memberships WHERE admin_user_id = $1', [userId]);
    expect((await superAdmin.call('DELETE', `/commune-tenancy/memberships/${row?.id ?? 0}`)).status).toBe(204);
    expect((await open(site, before)).status).toBe(403);
  });
});
