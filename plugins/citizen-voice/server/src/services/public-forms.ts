/**
 * The public write paths: a question or feedback, a comment on a draft under consultation, a page
 * rating; and what the site reads back (a question's status, approved comments, the settings).
 * Every submission runs one transaction under a lock on the address key: the rate limits and the
 * challenge are decided from PostgreSQL, the attempt is recorded, and the submission is stored
 * only when every check passed — a refusal stores nothing but the attempt.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  addWorkingDays,
  DEFAULT_ANSWER_DUE_WORKING_DAYS,
  DEFAULT_RETENTION_MONTHS,
  initialsOf,
  type CitizenVoiceSettings,
  type CommentReceipt,
  type PublicCommentList,
  type QuestionReceipt,
  type QuestionStatus,
  type RatingReceipt,
  type SubmissionRefusal,
  todayInVietnam,
} from '../../../shared';
import { countAttempts, lockClient, recordAttempt, spendChallenge } from '../protection/attempts';
import { checkComment, checkPath, checkQuestion, checkRatingComment, type FieldErrors } from '../protection/fields';
import { gate, type Form } from '../protection/gate';
import { bodyHash, clientKeyOf, newCode, normaliseCode, voiceKey } from '../protection/key';
import { checkChallenge, checkFormToken, issueChallenge, issueFormToken } from '../protection/tokens';
import { publicState } from './question-state';

export type Outcome<T> =
  | { ok: true; value: T; created: boolean }
  | { ok: false; status: 400 | 404 | 429; message: string; details: SubmissionRefusal };

type Input = Record<string, unknown>;

interface RawRows<Row> {
  rows: Row[];
}

const refusal = (status: 400 | 404 | 429, message: string, details: SubmissionRefusal = {}): Outcome<never> => ({
  ok: false,
  status,
  message,
  details,
});

const FIELD_ERRORS_MESSAGE = 'Vui lòng sửa các mục được đánh dấu rồi gửi lại.';

const publicForms = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection as unknown as Knex;
  const rows = async <Row>(text: string, bindings: Knex.RawBinding[] | Record<string, Knex.RawBinding>): Promise<Row[]> =>
    ((await knex().raw(text, bindings as Knex.RawBinding[])) as RawRows<Row>).rows;

  async function settingsOf(communeId: number): Promise<CitizenVoiceSettings> {
    const [row] = await rows<{ due: number | null; retention: number | null }>(
      'SELECT answer_due_working_days AS due, retention_months AS retention FROM site_settings WHERE commune_key = ? ORDER BY id LIMIT 1',
      [communeId],
    );
    return {
      answerDueWorkingDays: row?.due ?? DEFAULT_ANSWER_DUE_WORKING_DAYS,
      retentionMonths: row?.retention ?? DEFAULT_RETENTION_MONTHS,
    };
  }

  /**
   * The checks every form shares, then `store` for the form's own fields. `store` returns field
   * errors (nothing stored) or the stored value.
   */
  async function guarded<T>(
    communeId: number,
    form: Form,
    input: Input,
    store: (trx: Knex.Transaction) => Promise<FieldErrors | { value: T }>,
  ): Promise<Outcome<T>> {
    const client = clientKeyOf(input.client);
    if (!client) return refusal(400, 'Không xác định được nơi gửi. Vui lòng tải lại trang rồi gửi lại.');
    const key = voiceKey(strapi);
    const now = Date.now();
    const clientHex = client.toString('hex');
    const challengeInput = typeof input.challenge === 'object' && input.challenge !== null ? (input.challenge as Input) : null;

    return knex().transaction(async (trx): Promise<Outcome<T>> => {
      await lockClient(trx, client);
      const counts = await countAttempts(trx, communeId, client, form);
      let challenge: 'none' | 'right' | 'wrong' = 'none';
      if (challengeInput && form !== 'rating') {
        const check = checkChallenge(key, communeId, clientHex, challengeInput.token, challengeInput.answer, now);
        challenge = check.ok && (await spendChallenge(trx, check.id)) ? 'right' : 'wrong';
      }
      const decision = gate(form, counts, challenge);
      const refuse = async (status: 400 | 429, message: string, details: SubmissionRefusal = {}): Promise<Outcome<T>> => {
        await recordAttempt(trx, communeId, client, form, false);
        return refusal(status, message, details);
      };
      if (decision.kind === 'limit') return refuse(429, decision.message, { retryAfter: decision.retryAfter });
      if (decision.kind === 'challenge') {
        const message = decision.wrongAnswer
          ? 'Câu trả lời kiểm tra chưa đúng hoặc đã hết hạn. Vui lòng trả lời câu hỏi mới rồi gửi lại.'
          : 'Để chống gửi tự động, vui lòng trả lời câu hỏi kiểm tra rồi gửi lại.';
        return refuse(429, message, { challenge: issueChallenge(key, communeId, clientHex, now) });
      }
      // The honeypot: a field people never see. Whoever fills it is told no more than that.
      if (typeof input.website === 'string' && input.website.trim() !== '')
        return refuse(400, 'Không gửi được. Vui lòng tải lại trang rồi gửi lại.');
      if (form !== 'rating') {
        const token = checkFormToken(key, communeId, input.formToken, now);
        if (token === 'too-fast') return refuse(400, 'Bạn gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm Gửi lần nữa.');
        if (token !== 'ok') return refuse(400, 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng bấm Gửi lần nữa.');
      }
      const stored = await store(trx);
      if (!('value' in stored)) return refuse(400, FIELD_ERRORS_MESSAGE, { fields: stored });
      await recordAttempt(trx, communeId, client, form, true);
      return { ok: true, value: stored.value as T, created: true };
    });
  }

  /** Inserts with a fresh code, retrying on the (rare) collision. */
  async function withNewCode(trx: Knex.Transaction, insert: (code: string) => Promise<boolean>): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const code = newCode();
      if (await insert(code)) return code;
    }
    throw new Error('[citizen-voice] could not draw an unused tracking code');
  }

  const isDuplicate = async (
    trx: Knex.Transaction,
    table: 'citizen_questions' | 'consultation_comments',
    communeId: number,
    hash: Buffer,
  ): Promise<boolean> => {
    const found = (await trx.raw(
      `SELECT 1 FROM ${table} WHERE commune_id = ? AND body_hash = ? AND created_at > now() - interval '1 day' LIMIT 1`,
      [communeId, hash],
    )) as RawRows<unknown>;
    return found.rows.length > 0;
  };

  return {
    settings: settingsOf,

    formToken(communeId: number): { token: string } {
      return { token: issueFormToken(voiceKey(strapi), communeId, Date.now()) };
    },

    async submitQuestion(communeId: number, input: Input): Promise<Outcome<QuestionReceipt>> {
      const settings = await settingsOf(communeId);
      return guarded<QuestionReceipt>(communeId, 'question', input, async (trx) => {
        const { fields, errors } = checkQuestion(input);
        if (Object.keys(errors).length > 0) return errors;
        const hash = bodyHash(fields.body);
        if (await isDuplicate(trx, 'citizen_questions', communeId, hash))
          return { body: 'Nội dung này đã được gửi trong ngày. Xã sẽ trả lời theo mã theo dõi đã cấp; không cần gửi lại.' };
        const dueOn = addWorkingDays(todayInVietnam(), settings.answerDueWorkingDays);
        const code = await withNewCode(trx, async (candidate) => {
          const inserted = (await trx.raw(
            `INSERT INTO citizen_questions (commune_id, code, kind, topic, body, full_name, initials, phone, email, address, consent_at, due_on, body_hash)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?::date, ?) ON CONFLICT (code) DO NOTHING RETURNING id`,
            [
              communeId,
              candidate,
              fields.kind,
              fields.topic,
              fields.body,
              fields.fullName,
              initialsOf(fields.fullName),
              fields.phone ?? null,
              fields.email ?? null,
              fields.address ?? null,
              dueOn,
              hash,
            ],
          )) as RawRows<unknown>;
          return inserted.rows.length === 1;
        });
        return { value: { code, dueOn } };
      });
    },

    async submitComment(communeId: number, consultationDocumentId: string, input: Input): Promise<Outcome<CommentReceipt>> {
      const [consultation] = await rows<{ opens_at: Date; closes_at: Date }>(
        'SELECT opens_at, closes_at FROM consultations WHERE document_id = ? AND commune_key = ? AND published_at IS NOT NULL LIMIT 1',
        [consultationDocumentId, communeId],
      );
      if (!consultation) return refusal(404, 'Không tìm thấy dự thảo đang lấy ý kiến.');
      const now = Date.now();
      if (now < new Date(consultation.opens_at).getTime()) return refusal(400, 'Dự thảo này chưa bắt đầu nhận ý kiến.');
      if (now >= new Date(consultation.closes_at).getTime()) return refusal(400, 'Dự thảo này đã hết thời hạn nhận ý kiến.');
      return guarded<CommentReceipt>(communeId, 'comment', input, async (trx) => {
        const { fields, errors } = checkComment(input);
        if (Object.keys(errors).length > 0) return errors;
        const hash = bodyHash(fields.body);
        if (await isDuplicate(trx, 'consultation_comments', communeId, hash))
          return { body: 'Ý kiến này đã được gửi trong ngày; không cần gửi lại.' };
        const code = await withNewCode(trx, async (candidate) => {
          const inserted = (await trx.raw(
            `INSERT INTO consultation_comments (commune_id, code, consultation_document_id, body, full_name, initials, phone, email, address, consent_at, body_hash)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?) ON CONFLICT (code) DO NOTHING RETURNING id`,
            [
              communeId,
              candidate,
              consultationDocumentId,
              fields.body,
              fields.fullName,
              initialsOf(fields.fullName),
              fields.phone ?? null,
              fields.email ?? null,
              fields.address ?? null,
              hash,
            ],
          )) as RawRows<unknown>;
          return inserted.rows.length === 1;
        });
        return { value: { code } };
      });
    },

    async rate(communeId: number, input: Input): Promise<Outcome<RatingReceipt>> {
      const visitor = clientKeyOf(input.visitor);
      const path = checkPath(input.path);
      if (!visitor || !path) return refusal(400, 'Không ghi nhận được đánh giá. Vui lòng tải lại trang rồi thử lại.');
      if (typeof input.useful !== 'boolean')
        return refusal(400, 'Vui lòng chọn “Có” hoặc “Không”.', { fields: { useful: 'Vui lòng chọn “Có” hoặc “Không”.' } });
      const outcome = await guarded<RatingReceipt>(communeId, 'rating', input, async (trx) => {
        const errors: FieldErrors = {};
        const comment = checkRatingComment(input.comment, errors);
        if (Object.keys(errors).length > 0) return errors;
        const inserted = (await trx.raw(
          `INSERT INTO page_ratings (commune_id, path, day, visitor_hash, useful, comment) VALUES (?, ?, ?::date, ?, ?, ?)
           ON CONFLICT (commune_id, path, day, visitor_hash) DO NOTHING RETURNING id`,
          [communeId, path, todayInVietnam(), visitor, input.useful, comment ?? null],
        )) as RawRows<unknown>;
        return { value: { counted: inserted.rows.length === 1 } };
      });
      return outcome.ok ? { ...outcome, created: outcome.value.counted } : outcome;
    },

    async status(communeId: number, codeInput: unknown): Promise<QuestionStatus | null> {
      const code = normaliseCode(codeInput);
      if (!code) return null;
      const [row] = await rows<{
        code: string;
        kind: QuestionStatus['kind'];
        topic: string;
        received_on: string;
        due_on: string;
        status: string;
        reject_reason: string | null;
        slug: string | null;
        title: string | null;
        answered_on: string | null;
      }>(
        `SELECT q.code, q.kind, q.topic, to_char(q.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS received_on,
                to_char(q.due_on, 'YYYY-MM-DD') AS due_on, q.status, q.reject_reason, a.slug, a.title, to_char(a.answered_on, 'YYYY-MM-DD') AS answered_on
         FROM citizen_questions q
         LEFT JOIN LATERAL (
           SELECT slug, title, answered_on FROM question_answers
           WHERE document_id = q.answer_document_id AND commune_key = q.commune_id AND published_at IS NOT NULL LIMIT 1
         ) a ON true
         WHERE q.code = ? AND q.commune_id = ?`,
        [code, communeId],
      );
      if (!row) return null;
      const answered = row.slug !== null;
      return {
        code: row.code,
        kind: row.kind,
        topic: row.topic,
        receivedOn: row.received_on,
        dueOn: row.due_on,
        state: publicState(row.status, answered),
        rejectReason: row.status === 'rejected' ? row.reject_reason : null,
        answer: answered ? { slug: row.slug ?? '', title: row.title ?? '', answeredOn: row.answered_on } : null,
      };
    },

    /** Null when the consultation is not this commune's published one; empty when it shows no comments. */
    async publicComments(communeId: number, consultationDocumentId: string): Promise<PublicCommentList | null> {
      const [consultation] = await rows<{ visibility: string }>(
        'SELECT comment_visibility AS visibility FROM consultations WHERE document_id = ? AND commune_key = ? AND published_at IS NOT NULL LIMIT 1',
        [consultationDocumentId, communeId],
      );
      if (!consultation) return null;
      const [counted] = await rows<{ n: string }>(
        "SELECT count(*) AS n FROM consultation_comments WHERE commune_id = ? AND consultation_document_id = ? AND status <> 'rejected'",
        [communeId, consultationDocumentId],
      );
      const shown =
        consultation.visibility === 'Công khai sau khi duyệt'
          ? await rows<{ initials: string; body: string; received_on: string }>(
              `SELECT initials, body, to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS received_on
             FROM consultation_comments WHERE commune_id = ? AND consultation_document_id = ? AND status = 'approved'
             ORDER BY created_at LIMIT 500`,
              [communeId, consultationDocumentId],
            )
          : [];
      return {
        data: shown.map((row) => ({ initials: row.initials, body: row.body, receivedOn: row.received_on })),
        received: Number(counted?.n ?? 0),
      };
    },
  };
};

export type PublicFormsService = ReturnType<typeof publicForms>;
export default publicForms;
