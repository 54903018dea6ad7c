/**
 * The board's side: the inbox of questions and feedback, the moderation of comments on drafts,
 * and the rating figures. Every call names the commune and is checked against the caller's seat
 * on its board (board-access.ts); every item is looked up by code AND commune, so another
 * commune's code is simply not found. The admin routes are recorded by the audit trail.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import {
  addWorkingDays,
  COMMENT_STATES,
  DUE_SOON_WORKING_DAYS,
  INBOX_PAGE_SIZE,
  INBOX_STATES,
  maskContactData,
  QUESTION_KIND_LABELS,
  REJECT_REASONS,
  todayInVietnam,
  type AnswerDraft,
  type CommentState,
  type InboxCommentList,
  type InboxItem,
  type InboxList,
  type QuestionKind,
  type RatingFigures,
  type RejectReason,
} from '../../../shared';
import { normaliseCode } from '../protection/key';
import { assigneesOf, boardCommune, personName, type BoardCommune } from './board-access';
import { dueState, inboxState } from './question-state';

type Query = Record<string, unknown>;

interface QuestionRow {
  code: string;
  kind: QuestionKind;
  topic: string;
  body: string;
  full_name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  initials: string;
  status: string;
  received_at: Date;
  due_on: string;
  assignee_user_id: number | null;
  answer_document_id: string | null;
  answer_published: boolean;
  reject_reason: RejectReason | null;
  reject_note: string | null;
  total?: string;
}

/** The state as SQL, the same rule as inboxState() (question-state.ts). */
const STATE_SQL = `CASE WHEN q.status = 'rejected' THEN 'rejected'
  WHEN EXISTS (SELECT 1 FROM question_answers a WHERE a.document_id = q.answer_document_id AND a.commune_key = q.commune_id AND a.published_at IS NOT NULL) THEN 'answered'
  ELSE q.status END`;

const pageOf = (value: unknown): number => {
  const page = Number(value ?? 1);
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
};

const textQuery = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 100) : '');

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

const bodyOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function rejectionOf(body: Record<string, unknown>): { reason: RejectReason; note: string | null } {
  const reason = body.reason;
  if (typeof reason !== 'string' || !(REJECT_REASONS as readonly string[]).includes(reason))
    throw new errors.ValidationError('Hãy chọn lý do từ chối.');
  const note = typeof body.note === 'string' ? body.note.trim() : '';
  if (note.length > 1000) throw new errors.ValidationError('Ghi chú dài quá 1000 ký tự.');
  return { reason: reason as RejectReason, note: note === '' ? null : note };
}

const inbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection as unknown as Knex;
  const rows = async <Row>(text: string, bindings: readonly Knex.RawBinding[]): Promise<Row[]> =>
    ((await knex().raw(text, [...bindings])) as { rows: Row[] }).rows;

  /** Names of admin users (an assignee may have left the board since). */
  const names = async (ids: number[]): Promise<Map<number, string>> => {
    if (ids.length === 0) return new Map();
    const users = (await strapi.db
      .query('admin::user')
      .findMany({ where: { id: { $in: ids } }, select: ['id', 'firstname', 'lastname', 'email'] })) as Array<{
      id: number;
      firstname: string | null;
      lastname: string | null;
      email: string | null;
    }>;
    return new Map(users.map((user) => [user.id, personName(user)]));
  };

  function toItem(row: QuestionRow, people: Map<number, string>, today: string, soonUntil: string): InboxItem {
    const state = inboxState(row.status, row.answer_published);
    return {
      code: row.code,
      kind: row.kind,
      topic: row.topic,
      body: row.body,
      fullName: row.full_name,
      phone: row.phone,
      email: row.email,
      address: row.address,
      initials: row.initials,
      state,
      due: dueState(state, row.due_on, today, soonUntil),
      receivedAt: new Date(row.received_at).toISOString(),
      dueOn: row.due_on,
      assignee:
        row.assignee_user_id !== null
          ? { id: row.assignee_user_id, name: people.get(row.assignee_user_id) ?? `#${row.assignee_user_id}` }
          : null,
      answerDocumentId: row.answer_document_id,
      rejectReason: row.reject_reason,
      rejectNote: row.reject_note,
    };
  }

  const SELECT_QUESTION = `SELECT q.code, q.kind, q.topic, q.body, q.full_name, q.phone, q.email, q.address, q.initials, q.status,
      q.created_at AS received_at, to_char(q.due_on, 'YYYY-MM-DD') AS due_on, q.assignee_user_id, q.answer_document_id,
      (${STATE_SQL}) = 'answered' AS answer_published, q.reject_reason, q.reject_note`;

  async function question(commune: BoardCommune, codeInput: unknown): Promise<QuestionRow> {
    const code = normaliseCode(codeInput);
    const [row] = code
      ? await rows<QuestionRow>(`${SELECT_QUESTION} FROM citizen_questions q WHERE q.code = ? AND q.commune_id = ?`, [code, commune.id])
      : [];
    if (!row) throw new errors.NotFoundError('Không tìm thấy câu hỏi này trong hộp thư của xã.');
    return row;
  }

  async function itemOf(commune: BoardCommune, code: string): Promise<InboxItem> {
    const row = await question(commune, code);
    const today = todayInVietnam();
    const people = await names(row.assignee_user_id !== null ? [row.assignee_user_id] : []);
    return toItem(row, people, today, addWorkingDays(today, DUE_SOON_WORKING_DAYS));
  }

  return {
    async list(userId: number, query: Query): Promise<InboxList> {
      const commune = await boardCommune(strapi, userId, query.commune);
      const today = todayInVietnam();
      const soonUntil = addWorkingDays(today, DUE_SOON_WORKING_DAYS);
      const page = pageOf(query.page);
      const conditions = ['q.commune_id = ?'];
      const bindings: Knex.RawBinding[] = [commune.id];
      if (typeof query.state === 'string' && (INBOX_STATES as readonly string[]).includes(query.state)) {
        conditions.push(`(${STATE_SQL}) = ?`);
        bindings.push(query.state);
      }
      if (query.due === 'late' || query.due === 'soon') {
        conditions.push(`(${STATE_SQL}) NOT IN ('answered', 'rejected')`);
        conditions.push(query.due === 'late' ? 'q.due_on < ?::date' : 'q.due_on >= ?::date AND q.due_on <= ?::date');
        bindings.push(...(query.due === 'late' ? [today] : [today, soonUntil]));
      }
      const q = textQuery(query.q);
      if (q !== '') {
        conditions.push(
          "(q.code = upper(?) OR unaccent(lower(q.body)) LIKE unaccent(lower(?)) OR unaccent(lower(coalesce(q.full_name, ''))) LIKE unaccent(lower(?)))",
        );
        bindings.push(q.replace(/[\s-]/g, ''), likePattern(q), likePattern(q));
      }
      const found = await rows<QuestionRow>(
        `${SELECT_QUESTION}, count(*) OVER () AS total FROM citizen_questions q WHERE ${conditions.join(' AND ')}
         ORDER BY (${STATE_SQL}) IN ('answered', 'rejected'), q.due_on, q.created_at LIMIT ? OFFSET ?`,
        [...bindings, INBOX_PAGE_SIZE, (page - 1) * INBOX_PAGE_SIZE],
      );
      const [counts] = await rows<{ soon: string; late: string }>(
        `SELECT count(*) FILTER (WHERE q.due_on < ?::date) AS late, count(*) FILTER (WHERE q.due_on >= ?::date AND q.due_on <= ?::date) AS soon
         FROM citizen_questions q WHERE q.commune_id = ? AND (${STATE_SQL}) NOT IN ('answered', 'rejected')`,
        [today, today, soonUntil, commune.id],
      );
      const assignees = await assigneesOf(strapi, commune.id);
      const people = new Map(assignees.map((person) => [person.id, person.name]));
      const others = await names(found.map((row) => row.assignee_user_id).filter((id): id is number => id !== null && !people.has(id)));
      for (const [id, name] of others) people.set(id, name);
      return {
        data: found.map((row) => toItem(row, people, today, soonUntil)),
        meta: {
          page,
          pageSize: INBOX_PAGE_SIZE,
          total: Number(found[0]?.total ?? 0),
          soon: Number(counts?.soon ?? 0),
          late: Number(counts?.late ?? 0),
          assignees,
        },
      };
    },

    async assign(userId: number, code: unknown, body: unknown): Promise<InboxItem> {
      const input = bodyOf(body);
      const commune = await boardCommune(strapi, userId, input.commune);
      const row = await question(commune, code);
      const assigneeId = input.assigneeId;
      const assignees = await assigneesOf(strapi, commune.id);
      if (typeof assigneeId !== 'number' || !assignees.some((person) => person.id === assigneeId)) {
        throw new errors.ValidationError('Người được phân công phải là thành viên Ban biên tập của xã.');
      }
      const state = inboxState(row.status, row.answer_published);
      if (state === 'answered' || state === 'rejected')
        throw new errors.ValidationError('Câu hỏi này đã xử lý xong, không phân công lại được.');
      await knex().raw(
        `UPDATE citizen_questions SET assignee_user_id = ?, status = CASE WHEN status = 'received' THEN 'assigned' ELSE status END, updated_at = now()
         WHERE code = ? AND commune_id = ?`,
        [assigneeId, row.code, commune.id],
      );
      return itemOf(commune, row.code);
    },

    /**
     * The public answer's draft, created once: the question's text with contact data masked, the
     * initials, the topic. From here the editorial board's flow takes it to publication (the
     * head approves; four eyes as for every board type).
     */
    async answer(userId: number, code: unknown, body: unknown): Promise<AnswerDraft> {
      const input = bodyOf(body);
      const commune = await boardCommune(strapi, userId, input.commune);
      const row = await question(commune, code);
      if (row.status === 'rejected') throw new errors.ValidationError('Câu hỏi đã bị từ chối, không soạn trả lời được.');
      if (row.answer_document_id) return { documentId: row.answer_document_id, uid: 'api::question-answer.question-answer' };
      const [received] = await rows<{ day: string }>(
        "SELECT to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day FROM citizen_questions WHERE code = ?",
        [row.code],
      );
      const masked = maskContactData(row.body);
      const title = masked.length > 120 ? `${masked.slice(0, 117).replace(/\s+\S*$/, '')}…` : masked;
      const created = (await strapi.documents('api::question-answer.question-answer').create({
        data: {
          title: title.replace(/\s+/g, ' '),
          questionKind: QUESTION_KIND_LABELS[row.kind],
          topic: row.topic as never,
          question: masked,
          askerInitials: row.initials,
          askedOn: received?.day ?? todayInVietnam(),
          answer: [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }],
          answeredBy: `UBND ${commune.name}`,
          trackingCode: row.code,
          commune: { connect: [{ documentId: commune.documentId }] },
        } as never,
        status: 'draft',
      })) as { documentId: string };
      await knex().raw(
        `UPDATE citizen_questions SET answer_document_id = ?, status = 'answering', assignee_user_id = coalesce(assignee_user_id, ?), updated_at = now()
         WHERE code = ? AND commune_id = ?`,
        [created.documentId, userId, row.code, commune.id],
      );
      return { documentId: created.documentId, uid: 'api::question-answer.question-answer' };
    },

    async reject(userId: number, code: unknown, body: unknown): Promise<InboxItem> {
      const input = bodyOf(body);
      const commune = await boardCommune(strapi, userId, input.commune);
      const row = await question(commune, code);
      const { reason, note } = rejectionOf(input);
      if (row.answer_published) throw new errors.ValidationError('Câu hỏi đã có câu trả lời được đăng, không từ chối được.');
      await knex().raw(
        `UPDATE citizen_questions SET status = 'rejected', reject_reason = ?, reject_note = ?, closed_at = now(), updated_at = now() WHERE code = ? AND commune_id = ?`,
        [reason, note, row.code, commune.id],
      );
      return itemOf(commune, row.code);
    },

    async comments(userId: number, query: Query): Promise<InboxCommentList> {
      const commune = await boardCommune(strapi, userId, query.commune);
      const page = pageOf(query.page);
      const conditions = ['c.commune_id = ?'];
      const bindings: Knex.RawBinding[] = [commune.id];
      if (typeof query.state === 'string' && (COMMENT_STATES as readonly string[]).includes(query.state)) {
        conditions.push('c.status = ?');
        bindings.push(query.state);
      }
      if (typeof query.consultation === 'string' && query.consultation.length <= 64) {
        conditions.push('c.consultation_document_id = ?');
        bindings.push(query.consultation);
      }
      const found = await rows<{
        code: string;
        consultation_document_id: string;
        title: string | null;
        body: string;
        full_name: string | null;
        phone: string | null;
        email: string | null;
        address: string | null;
        initials: string;
        status: CommentState;
        created_at: Date;
        reject_reason: RejectReason | null;
        total: string;
      }>(
        `SELECT c.code, c.consultation_document_id,
                (SELECT title FROM consultations k WHERE k.document_id = c.consultation_document_id AND k.commune_key = c.commune_id ORDER BY k.published_at NULLS FIRST LIMIT 1) AS title,
                c.body, c.full_name, c.phone, c.email, c.address, c.initials, c.status, c.created_at, c.reject_reason, count(*) OVER () AS total
         FROM consultation_comments c WHERE ${conditions.join(' AND ')}
         ORDER BY c.status <> 'pending', c.created_at DESC LIMIT ? OFFSET ?`,
        [...bindings, INBOX_PAGE_SIZE, (page - 1) * INBOX_PAGE_SIZE],
      );
      const [pending] = await rows<{ n: string }>(
        "SELECT count(*) AS n FROM consultation_comments WHERE commune_id = ? AND status = 'pending'",
        [commune.id],
      );
      return {
        data: found.map((row) => ({
          code: row.code,
          consultation: { documentId: row.consultation_document_id, title: row.title ?? '' },
          body: row.body,
          fullName: row.full_name,
          phone: row.phone,
          email: row.email,
          address: row.address,
          initials: row.initials,
          state: row.status,
          receivedAt: new Date(row.created_at).toISOString(),
          rejectReason: row.reject_reason,
        })),
        meta: { page, pageSize: INBOX_PAGE_SIZE, total: Number(found[0]?.total ?? 0), pending: Number(pending?.n ?? 0) },
      };
    },

    /** Approve or reject a comment; approving shows it on the site (the table's trigger purges the cache). */
    async moderate(
      userId: number,
      codeInput: unknown,
      body: unknown,
      decision: 'approved' | 'rejected',
    ): Promise<{ code: string; state: CommentState }> {
      const input = bodyOf(body);
      const commune = await boardCommune(strapi, userId, input.commune);
      const code = normaliseCode(codeInput);
      const rejection = decision === 'rejected' ? rejectionOf(input) : null;
      const updated = code
        ? await rows<{ code: string }>(
            `UPDATE consultation_comments SET status = ?, reject_reason = ?, moderated_by = ?, moderated_at = now()
             WHERE code = ? AND commune_id = ? RETURNING code`,
            [decision, rejection?.reason ?? null, userId, code, commune.id],
          )
        : [];
      if (updated.length === 0) throw new errors.NotFoundError('Không tìm thấy ý kiến góp ý này.');
      return { code: updated[0]?.code ?? '', state: decision };
    },

    async ratings(userId: number, query: Query): Promise<RatingFigures> {
      const commune = await boardCommune(strapi, userId, query.commune);
      const today = todayInVietnam();
      const day = (value: unknown, fallback: string): string =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback;
      const from = day(query.from, `${today.slice(0, 8)}01`);
      const to = day(query.to, today);
      if (to < from) throw new errors.ValidationError('Ngày kết thúc phải sau ngày bắt đầu.');
      const pages = await rows<{
        path: string;
        useful: string;
        not_useful: string;
        comments: Array<{ useful: boolean; comment: string; day: string }> | null;
      }>(
        `SELECT path, count(*) FILTER (WHERE useful) AS useful, count(*) FILTER (WHERE NOT useful) AS not_useful,
                (SELECT json_agg(c) FROM (SELECT r2.useful, r2.comment, to_char(r2.day, 'YYYY-MM-DD') AS day FROM page_ratings r2
                  WHERE r2.commune_id = r.commune_id AND r2.path = r.path AND r2.comment IS NOT NULL AND r2.day BETWEEN ?::date AND ?::date
                  ORDER BY r2.created_at DESC LIMIT 5) c) AS comments
         FROM page_ratings r WHERE r.commune_id = ? AND r.day BETWEEN ?::date AND ?::date
         GROUP BY r.commune_id, r.path ORDER BY count(*) DESC, r.path LIMIT 200`,
        [from, to, commune.id, from, to],
      );
      const data = pages.map((row) => ({
        path: row.path,
        useful: Number(row.useful),
        notUseful: Number(row.not_useful),
        comments: row.comments ?? [],
      }));
      return {
        data,
        meta: {
          from,
          to,
          useful: data.reduce((sum, row) => sum + row.useful, 0),
          notUseful: data.reduce((sum, row) => sum + row.notUseful, 0),
        },
      };
    },

    /** One item, for the detail view. */
    async item(userId: number, code: unknown, query: Query): Promise<InboxItem> {
      const commune = await boardCommune(strapi, userId, query.commune);
      return itemOf(commune, String(code));
    },
  };
};

export type InboxService = ReturnType<typeof inbox>;
export default inbox;
