/**
 * The shape of a demo commune's citizen-voice data (content/<slug>/questions.yaml, consultations.yaml):
 * published questions and answers, consultations on draft documents, and the board's private
 * inbox (questions, comments, page ratings) as the plugin's tables hold them.
 */
import type { CommentState, QuestionKind, QuestionTopic, RejectReason } from '@commune/citizen-voice/shared';
import type { SeedRichText } from './types';

/** A published question and its answer (api::question-answer). */
export interface SeedQuestionAnswer {
  slug: string;
  title: string;
  kind: QuestionKind;
  topic: QuestionTopic;
  question: string;
  /** Initials only, as the public site shows the asker ("N.V.H."). */
  askerInitials: string;
  /** YYYY-MM-DD. */
  askedOn: string;
  answer: SeedRichText;
  answeredOn: string;
  answeredBy: string;
  /** Demo documents of the commune, written `${number}/${symbol}` as in documents.yaml. */
  relatedDocuments?: string[];
  /** The tracking code of the inbox question it answers, when the demo links the two. */
  trackingCode?: string;
}

/** Where a demo consultation stands on the day the seed runs. */
export type ConsultationPhase = 'open' | 'upcoming' | 'closed';

/**
 * A consultation on a draft document. Its dates are counted in days from the seed's run, so
 * that a fresh demo always has one open, one to come and one closed.
 */
export interface SeedConsultation {
  slug: string;
  phase: ConsultationPhase;
  title: string;
  draftingAgency: string;
  summary: string;
  body: SeedRichText;
  /** Opens at 08:00 and closes at 17:00 Vietnam time, this many days from the seed's run. */
  opensInDays: number;
  closesInDays: number;
  commentVisibility?: 'Công khai sau khi duyệt' | 'Không công khai';
  /** The closed one: báo cáo tiếp thu, giải trình, published this many days from the run. */
  resultSummary?: SeedRichText;
  resultPublishedInDays?: number;
  /** The document adopted after the consultation, `${number}/${symbol}` of a demo document. */
  adoptedDocument?: string;
  /** Comments received (private table consultation_comments), for the open one. */
  comments?: SeedComment[];
}

/** Fictional contact data of a demo citizen: never shown on the public site. */
export interface SeedCitizen {
  fullName: string;
  phone?: string;
  email?: string;
  address?: string;
}

/** A question or feedback in the board's inbox (table citizen_questions). */
export interface SeedInboxQuestion extends SeedCitizen {
  /** Tracking code: 10 characters of the plugin's alphabet; the seed's idempotency key. */
  code: string;
  kind: QuestionKind;
  topic: QuestionTopic;
  body: string;
  /**
   * Received this many working days before the seed runs (the due date follows from it); an
   * answered item was received the day its published answer says it was asked.
   */
  receivedWorkingDaysAgo: number;
  state: 'received' | 'assigned' | 'rejected' | 'answered';
  rejectReason?: RejectReason;
  rejectNote?: string;
  /** For `answered`: the slug of the published answer (a SeedQuestionAnswer of the commune). */
  answerSlug?: string;
}

/** A comment on the open consultation (table consultation_comments). */
export interface SeedComment extends SeedCitizen {
  code: string;
  body: string;
  /** Received this many days before the seed runs (after the consultation opened). */
  receivedDaysAgo: number;
  state: CommentState;
  rejectReason?: RejectReason;
}

/** Votes on one page, one past day: "Thông tin này có hữu ích không?". */
export interface SeedPageRating {
  path: string;
  daysAgo: number;
  useful: number;
  notUseful: number;
  /** Short remarks given with some of the votes (the first `useful`, then not useful ones). */
  comments?: Array<{ useful: boolean; comment: string }>;
}

export interface SeedCitizenVoice {
  questions: SeedQuestionAnswer[];
  consultations: SeedConsultation[];
  inbox: SeedInboxQuestion[];
  ratings: SeedPageRating[];
}
