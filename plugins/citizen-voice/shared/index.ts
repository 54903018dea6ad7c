/**
 * Citizens talk back (plugins/citizen-voice): questions and feedback, comments on draft documents
 * and page ratings. The contracts between the public site's server (Nuxt BFF), this plugin's
 * routes and the admin panel. Free of runtime dependencies: the site and the admin import it.
 */

export * from './limits';
export * from './working-days';
export * from './initials';

/** What a citizen sends with the question form: a question, or feedback and petitions. */
export const QUESTION_KINDS = ['question', 'feedback'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  question: 'Hỏi đáp',
  feedback: 'Phản ánh, kiến nghị',
};

/** The topics of questions, as stored and shown (also the `topic` enumeration of api::question-answer). */
export const QUESTION_TOPICS = [
  'Hành chính, tư pháp, hộ tịch',
  'Đất đai, xây dựng',
  'Tài nguyên, môi trường',
  'Giao thông, hạ tầng',
  'Nông nghiệp',
  'Y tế, giáo dục',
  'Lao động, an sinh xã hội',
  'An ninh, trật tự',
  'Khác',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];
export const isQuestionTopic = (value: unknown): value is QuestionTopic =>
  typeof value === 'string' && (QUESTION_TOPICS as readonly string[]).includes(value);

/*
 * Public routes (content API, `/api/citizen-voice/…`): the public site's token only, for the
 * commune its server names in the trusted header. Refusals are Strapi errors (`{ error: { status,
 * name, message, details } }`) whose message is Vietnamese and shown to the citizen as is.
 */

/** `GET /api/citizen-voice/form-token`: a signed time stamp the form carries, for the minimum fill time. */
export interface FormToken {
  token: string;
}

/**
 * What every public form sends besides its own fields. `client` is the site's keyed hash of the
 * citizen's address (hex, 64 characters; never the address); `website` is the honeypot, a field
 * people do not see and must leave empty; `challenge` the answer to a challenge, when one was set.
 */
export interface SubmissionGuard {
  client: string;
  formToken: string;
  website?: string;
  challenge?: { token: string; answer: string };
}

/** The citizen's contact data: a phone number or an e-mail address (at least one). */
export interface CitizenContact {
  fullName: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Consent to the processing of personal data (Decree 13/2023/NĐ-CP): must be true. */
  consent: boolean;
}

/** `POST /api/citizen-voice/questions`. */
export interface QuestionSubmission extends SubmissionGuard, CitizenContact {
  kind: QuestionKind;
  topic: string;
  body: string;
}

/** 201 answer: the tracking code to look the question up with, and the answer's due date. */
export interface QuestionReceipt {
  code: string;
  /** YYYY-MM-DD. */
  dueOn: string;
}

/** `POST /api/citizen-voice/consultations/:documentId/comments`. */
export interface CommentSubmission extends SubmissionGuard, CitizenContact {
  body: string;
}

export interface CommentReceipt {
  code: string;
}

/**
 * Details of a refusal (`error.details`): the fields at fault with their Vietnamese message, and a
 * challenge to answer when the address or the commune has been refused too often. `retryAfter`
 * (seconds) when the refusal is a rate limit (status 429).
 */
export interface SubmissionRefusal {
  fields?: Record<string, string>;
  challenge?: Challenge;
  retryAfter?: number;
}

/** A self-hosted challenge: a question in Vietnamese, answered with a number; no JavaScript needed. */
export interface Challenge {
  question: string;
  token: string;
}

/** Where a question stands, as its tracking page shows it. */
export const PUBLIC_QUESTION_STATES = ['received', 'processing', 'answered', 'rejected'] as const;
export type PublicQuestionState = (typeof PUBLIC_QUESTION_STATES)[number];
export const PUBLIC_QUESTION_STATE_LABELS: Record<PublicQuestionState, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  answered: 'Đã trả lời',
  rejected: 'Không xử lý',
};

/**
 * `GET /api/citizen-voice/questions/status?code=…`: no personal data and not the question's text
 * (a code can be passed around); the answer's slug once it is published.
 */
export interface QuestionStatus {
  code: string;
  kind: QuestionKind;
  topic: string;
  /** YYYY-MM-DD, Vietnam time. */
  receivedOn: string;
  dueOn: string;
  state: PublicQuestionState;
  /** The reason given, when the board did not take it up. */
  rejectReason: string | null;
  answer: { slug: string; title: string; answeredOn: string | null } | null;
}

/** `GET /api/citizen-voice/consultations/:documentId/comments`: the approved comments, if the consultation shows them. */
export interface PublicComment {
  initials: string;
  body: string;
  /** YYYY-MM-DD. */
  receivedOn: string;
}

export interface PublicCommentList {
  data: PublicComment[];
  /** Comments received in all (approved or not), for "N ý kiến đã gửi". */
  received: number;
}

/** `POST /api/citizen-voice/ratings`: "Thông tin này có hữu ích không?". */
export interface RatingSubmission {
  /** The site's daily visitor hash (hex, 64 characters), the same the visit counter uses. */
  visitor: string;
  client: string;
  /** The page's path, without query. */
  path: string;
  useful: boolean;
  comment?: string;
  website?: string;
}

/** 201 (first vote of the day for this visitor and page) or 200 (already counted). */
export interface RatingReceipt {
  counted: boolean;
}

/** `GET /api/citizen-voice/settings`: what the privacy notice and the forms say. */
export interface CitizenVoiceSettings {
  answerDueWorkingDays: number;
  retentionMonths: number;
}

/*
 * Admin routes (`/citizen-voice/…`, admin panel JWT): the commune's board only (head, deputy,
 * member); contributors, other communes and province IT get 403.
 */

export const INBOX_STATES = ['received', 'assigned', 'answering', 'answered', 'rejected'] as const;
export type InboxState = (typeof INBOX_STATES)[number];
export const INBOX_STATE_LABELS: Record<InboxState, string> = {
  received: 'Mới tiếp nhận',
  assigned: 'Đã phân công',
  answering: 'Đang trả lời',
  answered: 'Đã trả lời',
  rejected: 'Đã từ chối',
};

/** How near its due date an open item is: the inbox highlights `soon` and `late`. */
export type DueState = 'on-time' | 'soon' | 'late' | 'closed';

export const REJECT_REASONS = ['spam', 'out-of-scope', 'duplicate', 'offensive'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  spam: 'Thư rác, quảng cáo',
  'out-of-scope': 'Không thuộc thẩm quyền của xã',
  duplicate: 'Trùng với câu hỏi đã gửi',
  offensive: 'Nội dung không phù hợp',
};

export interface InboxPerson {
  id: number;
  name: string;
}

export interface InboxItem {
  code: string;
  kind: QuestionKind;
  topic: string;
  body: string;
  /** Personal data, null once erased after the retention period. */
  fullName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  initials: string;
  state: InboxState;
  due: DueState;
  /** ISO time. */
  receivedAt: string;
  dueOn: string;
  assignee: InboxPerson | null;
  /** The public answer's draft, to open in the content manager. */
  answerDocumentId: string | null;
  rejectReason: RejectReason | null;
  rejectNote: string | null;
}

/** `GET /citizen-voice/inbox?commune=&state=&due=&q=&page=`. */
export interface InboxList {
  data: InboxItem[];
  meta: {
    page: number;
    pageSize: number;
    total: number;
    /** Open items nearing (`soon`) or past (`late`) their due date, whatever the filter. */
    soon: number;
    late: number;
    /** The board members an item can be assigned to. */
    assignees: InboxPerson[];
  };
}

export const INBOX_PAGE_SIZE = 20;

/** `POST /citizen-voice/inbox/:code/assign`. */
export interface AssignRequest {
  commune: string;
  assigneeId: number;
}

/** `POST /citizen-voice/inbox/:code/reject` (and `/comments/:code/reject`). */
export interface RejectRequest {
  commune: string;
  reason: RejectReason;
  note?: string;
}

/** `POST /citizen-voice/inbox/:code/answer` → `{ data: AnswerDraft }`: creates the public answer's draft (or returns the existing one). */
export interface AnswerDraft {
  documentId: string;
  uid: 'api::question-answer.question-answer';
}

export const COMMENT_STATES = ['pending', 'approved', 'rejected'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];
export const COMMENT_STATE_LABELS: Record<CommentState, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Đã từ chối',
};

export interface InboxComment {
  code: string;
  consultation: { documentId: string; title: string };
  body: string;
  fullName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  initials: string;
  state: CommentState;
  receivedAt: string;
  rejectReason: RejectReason | null;
}

/** `GET /citizen-voice/comments?commune=&state=&consultation=&page=`. */
export interface InboxCommentList {
  data: InboxComment[];
  meta: { page: number; pageSize: number; total: number; pending: number };
}

/** `POST /citizen-voice/comments/:code/approve`: body `{ commune }`. */
export interface ModerationRequest {
  commune: string;
}

/** `GET /citizen-voice/ratings?commune=&from=&to=`: per page, most rated first. */
export interface PageRatingFigures {
  path: string;
  useful: number;
  notUseful: number;
  /** The latest short comments (plain text), newest first. */
  comments: Array<{ useful: boolean; comment: string; day: string }>;
}

export interface RatingFigures {
  data: PageRatingFigures[];
  meta: { from: string; to: string; useful: number; notUseful: number };
}
