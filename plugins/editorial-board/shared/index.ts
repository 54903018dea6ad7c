/**
 * Types and labels shared by the editorial-board plugin's server, its admin UI and the Nuxt BFF.
 * Keep this file free of runtime dependencies: the admin bundle and the frontend import it.
 */

import type { TypesGovernedBy } from '@commune/commune-tenancy/shared';

/**
 * Content types that go through the editorial board before they reach the public site: the
 * `board` rows of the site governance table (commune-tenancy/shared/site-governance.ts). Spelled
 * out because the admin bundle cannot load another plugin's runtime code; the compiler holds the
 * two equal (a type that is not a board row, or a board row left out, fails the type check).
 */
export const GOVERNED_TYPES = [
  'api::article.article',
  'api::document.document',
  'api::procedure.procedure',
  'api::page.page',
  'api::plan.plan',
  'api::investment-project.investment-project',
  'api::bidding-notice.bidding-notice',
  'api::budget-report.budget-report',
  'api::statistic.statistic',
  'api::work-schedule.work-schedule',
  'api::info-access.info-access',
  'api::urgent-notice.urgent-notice',
  'api::question-answer.question-answer',
  'api::consultation.consultation',
] as const satisfies readonly TypesGovernedBy<'board'>[];
export type GovernedType = (typeof GOVERNED_TYPES)[number];
/** Never unless a board row of the table is missing above (then the line below does not compile). */
type MissingBoardTypes = Exclude<TypesGovernedBy<'board'>, GovernedType>;
const _everyBoardTypeListed: [MissingBoardTypes] extends [never] ? true : MissingBoardTypes = true;

export const isGovernedType = (uid: string): uid is GovernedType => (GOVERNED_TYPES as readonly string[]).includes(uid);

/** Where an item stands in the board's flow (the draft's state; a live version may exist meanwhile). */
export type WorkflowState = 'draft' | 'submitted' | 'editing' | 'in_review' | 'approved' | 'published' | 'returned' | 'rejected';

export const WORKFLOW_STATES: readonly WorkflowState[] = [
  'draft',
  'submitted',
  'editing',
  'in_review',
  'approved',
  'published',
  'returned',
  'rejected',
];

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Nháp',
  submitted: 'Chờ phân công',
  editing: 'Đang biên tập',
  in_review: 'Chờ duyệt',
  approved: 'Đã duyệt',
  published: 'Đã đăng',
  returned: 'Bị trả lại',
  rejected: 'Bị từ chối',
};

/** What a person can do to an item: one button each in the board panel. */
export type TransitionAction =
  | 'submit'
  | 'assign'
  | 'send'
  | 'return'
  | 'approve'
  | 'reject'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'force_publish'
  | 'unpublish'
  | 'reopen';

export const TRANSITION_ACTIONS: readonly TransitionAction[] = [
  'submit',
  'assign',
  'send',
  'return',
  'approve',
  'reject',
  'publish',
  'schedule',
  'unschedule',
  'force_publish',
  'unpublish',
  'reopen',
];

export const ACTION_LABELS: Record<TransitionAction, string> = {
  submit: 'Gửi Ban biên tập',
  assign: 'Phân công biên tập',
  send: 'Gửi trưởng ban duyệt',
  return: 'Trả lại',
  approve: 'Duyệt',
  reject: 'Từ chối',
  publish: 'Đăng',
  schedule: 'Hẹn giờ đăng',
  unschedule: 'Hủy hẹn giờ',
  force_publish: 'Đăng ngay (không qua duyệt)',
  unpublish: 'Gỡ xuống',
  reopen: 'Mở lại',
};

/**
 * Everything that can appear in an item's timeline: the transitions above, plus what the
 * platform records by itself (an item created, received from outside, changed after approval,
 * its draft discarded, deleted, or imported by a trusted script such as the demo seed).
 */
export type EventAction = TransitionAction | 'create' | 'receive' | 'change' | 'discard' | 'delete' | 'import';

export const EVENT_LABELS: Record<EventAction, string> = {
  ...ACTION_LABELS,
  create: 'Tạo mới',
  receive: 'Tiếp nhận tin, bài gửi từ ngoài',
  change: 'Sửa sau khi duyệt (cần duyệt lại)',
  discard: 'Hủy bản nháp, trở về bản đang đăng',
  delete: 'Xóa',
  import: 'Nhập dữ liệu có sẵn',
};

/** How an item reached the board: typed in the admin, or received on paper or by e-mail. */
export type SourceChannel = 'admin' | 'paper' | 'email' | 'other';

export const CHANNEL_LABELS: Record<SourceChannel, string> = {
  admin: 'Nhập trên trang quản trị',
  paper: 'Gửi bản giấy',
  email: 'Gửi qua thư điện tử',
  other: 'Nguồn khác',
};

/** A person as the board panel shows them. */
export interface BoardPerson {
  id: number;
  name: string;
}

export interface TimelineEntry {
  id: number;
  action: EventAction;
  label: string;
  fromState: WorkflowState | null;
  toState: WorkflowState | null;
  actor: BoardPerson | null;
  comment: string | null;
  at: string;
}

/** `GET /editorial-board/workflows/:uid/:documentId?locale=…` */
export interface WorkflowView {
  uid: GovernedType;
  documentId: string;
  locale: string;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  author: BoardPerson | null;
  authorName: string | null;
  sourceChannel: SourceChannel;
  assignee: BoardPerson | null;
  approvedBy: BoardPerson | null;
  approvedAt: string | null;
  scheduledAt: string | null;
  /** True when the draft differs from what was approved (an edit after approval). */
  changedSinceApproval: boolean;
  /** True when a version of the item is on the public site. */
  live: boolean;
  /** The buttons this user may press now, in the order the panel shows them. */
  actions: Array<{ action: TransitionAction; label: string; commentRequired: boolean }>;
  /** Board members this user may assign (for the "assign" action). */
  assignable: BoardPerson[];
  /** This user's place in the commune's board, if any. */
  myRole: 'head' | 'deputy' | 'member' | 'contributor' | null;
  /** Why this user may not edit the item now (the edit view shows it read-only), or null. */
  readOnlyReason: string | null;
  timeline: TimelineEntry[];
}

export interface WorkflowResponse {
  data: WorkflowView;
}

/** `POST /editorial-board/workflows/:uid/:documentId/transitions` */
export interface TransitionRequest {
  action: TransitionAction;
  /** The workflow version the user saw; a stale one is refused. */
  version: number;
  locale?: string;
  comment?: string;
  assigneeId?: number;
  /** ISO date-time, for "schedule". */
  scheduledAt?: string;
  /** For "approve": publish right after approving, in one step. */
  thenPublish?: boolean;
}

/** `POST /editorial-board/workflows/:uid/:documentId/received` */
export interface ReceivedRequest {
  version: number;
  locale?: string;
  authorName: string;
  channel: Exclude<SourceChannel, 'admin'>;
  comment?: string;
}

export type QueueName = 'mine' | 'review' | 'returned' | 'published';

export const QUEUE_LABELS: Record<QueueName, string> = {
  mine: 'Việc của tôi',
  review: 'Chờ duyệt',
  returned: 'Bị trả lại',
  published: 'Đã đăng gần đây',
};

export interface QueueItem {
  uid: GovernedType;
  documentId: string;
  locale: string;
  title: string;
  state: WorkflowState;
  stateLabel: string;
  assignee: BoardPerson | null;
  authorName: string | null;
  communeId: number;
  updatedAt: string;
  scheduledAt: string | null;
}

/** `GET /editorial-board/queues` */
export interface QueuesResponse {
  data: {
    counts: Record<QueueName, number>;
    queues: Record<QueueName, QueueItem[]>;
  };
}

/** `GET /editorial-board/workflow-states?uid=…&documentIds=…` (list-view column). */
export interface StatesResponse {
  data: Record<string, { state: WorkflowState; label: string }>;
}

/** `GET /editorial-board/in-state?uid=…&state=…`: documentIds of items in that state (at most 500). */
export interface InStateResponse {
  data: string[];
}

/** The events other parts of the platform subscribe to (Strapi's event hub). */
export const PLATFORM_EVENTS = {
  published: 'editorial-board.published',
  unpublished: 'editorial-board.unpublished',
  deleted: 'editorial-board.deleted',
  transition: 'editorial-board.transition',
} as const;

export interface ContentEventPayload {
  uid: GovernedType;
  documentId: string;
  locale: string;
  communeId: number;
}

export interface TransitionEventPayload extends ContentEventPayload {
  action: EventAction;
  fromState: WorkflowState | null;
  toState: WorkflowState;
  actorUserId: number | null;
  comment: string | null;
  title: string;
  assigneeUserId: number | null;
  authorUserId: number | null;
}

export * from './reports';
export * from './changes';
export * from './preview';
