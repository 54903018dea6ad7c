import { composeReminder } from '../../reminders';
import { dueState, inboxState, publicState } from '../question-state';

describe('where a question stands', () => {
  it('follows its answer once published, and says less to the public', () => {
    expect(inboxState('answering', true)).toBe('answered');
    expect(inboxState('rejected', true)).toBe('rejected');
    expect(inboxState('assigned', false)).toBe('assigned');
    expect(publicState('assigned', false)).toBe('processing');
    expect(publicState('answering', false)).toBe('processing');
    expect(publicState('received', false)).toBe('received');
  });

  it('is late after its due date, soon within the window, closed once answered', () => {
    expect(dueState('received', '2026-12-04', '2026-12-07', '2026-12-10')).toBe('late');
    expect(dueState('assigned', '2026-12-09', '2026-12-07', '2026-12-10')).toBe('soon');
    expect(dueState('assigned', '2026-12-11', '2026-12-07', '2026-12-10')).toBe('on-time');
    expect(dueState('answered', '2026-12-01', '2026-12-07', '2026-12-10')).toBe('closed');
  });
});

describe('the reminder to the head', () => {
  it('lists codes and due dates, escaped, and nothing else about the citizen', () => {
    const message = composeReminder({
      communeName: 'Xã <Khánh Khê>',
      recipientName: 'Hoàng Văn Cường',
      items: [
        { code: 'ABCDEFGHJK', topic: 'Đất đai, xây dựng', dueOn: '2026-12-01', late: true },
        { code: 'MNPQRSTUVW', topic: 'Khác', dueOn: '2026-12-09', late: false },
      ],
      today: '2026-12-07',
      link: 'https://cms.example.vn/admin/plugins/citizen-voice',
    });
    expect(message.subject).toBe('[Xã <Khánh Khê>] Hộp thư người dân: 1 câu hỏi quá hạn, 1 câu hỏi sắp đến hạn');
    expect(message.text).toContain('- ABCDEFGHJK (Đất đai, xây dựng): hạn trả lời 01/12/2026 – QUÁ HẠN');
    expect(message.html).toContain('Xã &#60;Khánh Khê&#62;');
    expect(message.html).not.toContain('<Khánh');
  });
});
