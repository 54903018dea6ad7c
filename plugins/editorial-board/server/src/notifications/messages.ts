/**
 * The notification e-mails' words, in Vietnamese: what happened, who did it, what the reader
 * should do next, the comment, and a link to the item in the admin panel. Pure, so the wording
 * is tested without a mail server.
 */
import { STATE_LABELS, type EventAction, type GovernedType, type TransitionEventPayload } from '../../../shared';

const KIND_LABELS: Record<GovernedType, string> = {
  'api::article.article': 'tin bài',
  'api::document.document': 'văn bản',
  'api::procedure.procedure': 'thủ tục hành chính',
  'api::page.page': 'trang giới thiệu',
  'api::plan.plan': 'quy hoạch, kế hoạch',
  'api::question-answer.question-answer': 'hỏi đáp',
  'api::consultation.consultation': 'dự thảo lấy ý kiến',
  'api::investment-project.investment-project': 'dự án đầu tư công',
  'api::bidding-notice.bidding-notice': 'thông tin đấu thầu, mua sắm công',
  'api::budget-report.budget-report': 'công khai ngân sách',
  'api::statistic.statistic': 'số liệu thống kê',
  'api::work-schedule.work-schedule': 'lịch công tác',
  'api::info-access.info-access': 'chuyên mục tiếp cận thông tin',
  'api::urgent-notice.urgent-notice': 'thông báo khẩn',
};

interface Wording {
  /** Subject after the commune's name. */
  subject: (kind: string, title: string) => string;
  /** What happened, as a sentence. */
  happened: (actor: string, kind: string, title: string) => string;
  /** What the reader should do now (or what happens next). */
  next: (kind: string) => string;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const WORDING: Readonly<Partial<Record<EventAction, Wording>>> = {
  submit: {
    subject: (kind, title) => `${capitalise(kind)} mới chờ phân công: ${title}`,
    happened: (actor, kind, title) => `${actor} đã gửi ${kind} “${title}” lên Ban biên tập.`,
    next: (kind) => `Việc cần làm: phân công một thành viên Ban biên tập biên tập ${kind} này.`,
  },
  receive: {
    subject: (kind, title) => `${capitalise(kind)} gửi từ ngoài chờ phân công: ${title}`,
    happened: (actor, kind, title) => `${actor} đã ghi nhận ${kind} “${title}” do người ngoài Ban biên tập gửi đến.`,
    next: (kind) => `Việc cần làm: phân công một thành viên Ban biên tập biên tập ${kind} này.`,
  },
  assign: {
    subject: (kind, title) => `Bạn được phân công biên tập ${kind}: ${title}`,
    happened: (actor, kind, title) => `${actor} đã phân công bạn biên tập ${kind} “${title}”.`,
    next: () => 'Việc cần làm: biên tập (kiểm tra nội dung, chèn ảnh) rồi gửi Trưởng ban duyệt.',
  },
  send: {
    subject: (kind, title) => `${capitalise(kind)} chờ duyệt: ${title}`,
    happened: (actor, kind, title) => `${actor} đã biên tập xong và gửi ${kind} “${title}” để Trưởng ban duyệt.`,
    next: () => 'Việc cần làm: duyệt, hoặc trả lại kèm ý kiến.',
  },
  return: {
    subject: (kind, title) => `${capitalise(kind)} bị trả lại: ${title}`,
    happened: (actor, kind, title) => `${actor} đã trả lại ${kind} “${title}”.`,
    next: () => 'Việc cần làm: sửa theo ý kiến dưới đây rồi gửi lại.',
  },
  approve: {
    subject: (kind, title) => `${capitalise(kind)} đã được duyệt: ${title}`,
    happened: (actor, kind, title) => `${actor} đã duyệt ${kind} “${title}”.`,
    next: () => 'Bạn không cần làm gì thêm: Trưởng ban sẽ đăng hoặc hẹn giờ đăng.',
  },
  reject: {
    subject: (kind, title) => `${capitalise(kind)} bị từ chối: ${title}`,
    happened: (actor, kind, title) => `${actor} đã từ chối ${kind} “${title}”.`,
    next: (kind) => `${capitalise(kind)} này sẽ không được đăng; lý do ở dưới đây.`,
  },
  change: {
    subject: (kind, title) => `${capitalise(kind)} sửa sau khi duyệt, cần duyệt lại: ${title}`,
    happened: (actor, kind, title) => `${actor} đã sửa ${kind} “${title}” sau khi được duyệt.`,
    next: () => 'Việc cần làm: duyệt lại nội dung đã sửa. Bản đang đăng (nếu có) được giữ nguyên cho đến khi duyệt.',
  },
};

/** Whether an action has wording (and so can be e-mailed at all). */
export const hasWording = (action: EventAction): boolean => WORDING[action] !== undefined;

export interface MessageContext {
  communeName: string;
  /** The actor's display name; null when the platform itself acted (scheduler, scripts). */
  actorName: string | null;
  recipientName: string;
  /** Absolute URL of the item in the admin panel. */
  link: string;
}

export interface Message {
  subject: string;
  text: string;
  html: string;
}

type Event = Pick<TransitionEventPayload, 'uid' | 'action' | 'title' | 'comment' | 'fromState' | 'toState'>;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/** Subject lines stay on one line: titles may contain newlines pasted from Word. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The admin panel's edit view of an item. */
export function adminLink(adminUrl: string, item: Pick<TransitionEventPayload, 'uid' | 'documentId' | 'locale'>): string {
  const base = adminUrl.replace(/\/+$/, '');
  const locale = item.locale !== '' ? `?plugins[i18n][locale]=${encodeURIComponent(item.locale)}` : '';
  return `${base}/content-manager/collection-types/${item.uid}/${encodeURIComponent(item.documentId)}${locale}`;
}

export function composeMessage(event: Event, context: MessageContext): Message | null {
  const wording = WORDING[event.action];
  if (!wording) return null;
  const kind = KIND_LABELS[event.uid] ?? 'nội dung';
  const title = oneLine(event.title) || '(chưa có tiêu đề)';
  const actor = context.actorName ?? 'Hệ thống';
  const commune = oneLine(context.communeName);
  const comment = event.comment?.trim() ?? '';
  const commentLabel = event.action === 'reject' ? 'Lý do' : 'Ý kiến';
  const states = event.fromState ? `${STATE_LABELS[event.fromState]} → ${STATE_LABELS[event.toState]}` : STATE_LABELS[event.toState];

  const lines = {
    greeting: `Chào ${context.recipientName},`,
    happened: wording.happened(actor, kind, title),
    next: wording.next(kind),
    state: `Trạng thái: ${states}`,
    comment: comment !== '' ? `${commentLabel} của ${actor}:` : null,
    open: 'Mở trong trang quản trị:',
    signature: `Ban biên tập ${commune}`,
    footnote: 'Thư gửi tự động từ hệ thống quản trị Trang thông tin điện tử.',
  };

  const text = [
    lines.greeting,
    '',
    lines.happened,
    lines.next,
    lines.state,
    ...(lines.comment ? ['', lines.comment, comment] : []),
    '',
    lines.open,
    context.link,
    '',
    '--',
    lines.signature,
    lines.footnote,
  ].join('\n');

  const paragraph = (content: string): string => `<p>${content}</p>`;
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif; line-height: 1.5">',
    paragraph(escapeHtml(lines.greeting)),
    paragraph(`${escapeHtml(lines.happened)}<br>${escapeHtml(lines.next)}<br>${escapeHtml(lines.state)}`),
    ...(lines.comment
      ? [paragraph(escapeHtml(lines.comment)), `<blockquote style="white-space: pre-wrap">${escapeHtml(comment)}</blockquote>`]
      : []),
    paragraph(`<a href="${escapeHtml(context.link)}">${escapeHtml(lines.open.replace(/:$/, ''))}</a>`),
    paragraph(`${escapeHtml(lines.signature)}<br><small>${escapeHtml(lines.footnote)}</small>`),
    '</body></html>',
  ].join('\n');

  return { subject: `[${commune}] ${oneLine(wording.subject(kind, title))}`, text, html };
}
