/**
 * The due-date reminder e-mailed to a commune's head: the questions past or near their due date,
 * with their codes (never the citizen's name or contact data: e-mail leaves our servers). Pure.
 */
export interface ReminderItem {
  code: string;
  topic: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  late: boolean;
}

const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function composeReminder(input: {
  communeName: string;
  recipientName: string;
  items: readonly ReminderItem[];
  today: string;
  link: string;
}): {
  subject: string;
  text: string;
  html: string;
} {
  const late = input.items.filter((item) => item.late).length;
  const soon = input.items.length - late;
  const parts = [late > 0 ? `${late} câu hỏi quá hạn` : '', soon > 0 ? `${soon} câu hỏi sắp đến hạn` : ''].filter(Boolean).join(', ');
  const subject = `[${input.communeName}] Hộp thư người dân: ${parts}`;
  const lines = input.items.map(
    (item) => `- ${item.code} (${item.topic}): hạn trả lời ${viDate(item.dueOn)}${item.late ? ' – QUÁ HẠN' : ''}`,
  );
  const text = [
    `Kính gửi ${input.recipientName},`,
    '',
    `Hộp thư người dân của ${input.communeName} có ${parts} (tính đến ngày ${viDate(input.today)}):`,
    ...lines,
    '',
    `Xem và phân công xử lý: ${input.link}`,
    '',
    'Thư này được gửi tự động mỗi ngày khi còn câu hỏi quá hạn hoặc sắp đến hạn.',
  ].join('\n');
  const html = [
    `<p>Kính gửi ${escapeHtml(input.recipientName)},</p>`,
    `<p>Hộp thư người dân của ${escapeHtml(input.communeName)} có <strong>${escapeHtml(parts)}</strong> (tính đến ngày ${viDate(input.today)}):</p>`,
    `<ul>${input.items.map((item) => `<li>${escapeHtml(item.code)} (${escapeHtml(item.topic)}): hạn trả lời ${viDate(item.dueOn)}${item.late ? ' – <strong>QUÁ HẠN</strong>' : ''}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(input.link)}">Xem và phân công xử lý</a></p>`,
    '<p>Thư này được gửi tự động mỗi ngày khi còn câu hỏi quá hạn hoặc sắp đến hạn.</p>',
  ].join('\n');
  return { subject, text, html };
}
