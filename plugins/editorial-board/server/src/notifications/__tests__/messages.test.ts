import type { TransitionEventPayload } from '../../../../shared';
import { smtpConfigured } from '..';
import { adminLink, composeMessage } from '../messages';

const event: Pick<TransitionEventPayload, 'uid' | 'documentId' | 'locale' | 'action' | 'title' | 'comment' | 'fromState' | 'toState'> = {
  uid: 'api::article.article',
  documentId: 'abc123',
  locale: 'vi',
  action: 'send',
  title: 'Hội nghị tổng kết <năm> 2026',
  comment: null,
  fromState: 'editing',
  toState: 'in_review',
};
const context = {
  communeName: 'Xã Khánh Khê',
  actorName: 'Nguyễn Văn Biên',
  recipientName: 'Trần Thị Trưởng',
  link: 'https://cms.example.gov.vn/admin/x',
};

describe('notification e-mails', () => {
  it('names the commune, what waits and the title in the subject, in Vietnamese', () => {
    expect(composeMessage(event, context)?.subject).toBe('[Xã Khánh Khê] Tin bài chờ duyệt: Hội nghị tổng kết <năm> 2026');
    expect(composeMessage({ ...event, action: 'assign', uid: 'api::document.document' }, context)?.subject).toBe(
      '[Xã Khánh Khê] Bạn được phân công biên tập văn bản: Hội nghị tổng kết <năm> 2026',
    );
    expect(composeMessage({ ...event, action: 'reject' }, context)?.subject).toBe(
      '[Xã Khánh Khê] Tin bài bị từ chối: Hội nghị tổng kết <năm> 2026',
    );
  });

  it('says what happened, who did it, what to do, the comment and the link', () => {
    const message = composeMessage(
      { ...event, action: 'return', fromState: 'in_review', toState: 'returned', comment: 'Bổ sung ảnh hội nghị.\nSửa chính tả.' },
      context,
    );
    expect(message?.text).toContain('Chào Trần Thị Trưởng,');
    expect(message?.text).toContain('Nguyễn Văn Biên đã trả lại tin bài “Hội nghị tổng kết <năm> 2026”.');
    expect(message?.text).toContain('Trạng thái: Chờ duyệt → Bị trả lại');
    expect(message?.text).toContain('Ý kiến của Nguyễn Văn Biên:\nBổ sung ảnh hội nghị.\nSửa chính tả.');
    expect(message?.text).toContain('https://cms.example.gov.vn/admin/x');
    expect(message?.html).toContain('Hội nghị tổng kết &lt;năm&gt; 2026');
    expect(message?.html).not.toContain('<năm>');
    expect(message?.html).toContain('href="https://cms.example.gov.vn/admin/x"');
  });

  it('calls a rejection’s comment a reason, and the platform “Hệ thống”', () => {
    const message = composeMessage({ ...event, action: 'reject', comment: 'Trùng tin đã đăng.' }, { ...context, actorName: null });
    expect(message?.text).toContain('Hệ thống đã từ chối tin bài');
    expect(message?.text).toContain('Lý do của Hệ thống:\nTrùng tin đã đăng.');
  });

  it('keeps the subject on one line', () => {
    expect(composeMessage({ ...event, title: 'Dòng một\r\nDòng hai' }, context)?.subject).toBe(
      '[Xã Khánh Khê] Tin bài chờ duyệt: Dòng một Dòng hai',
    );
  });

  it('writes nothing for actions that notify nobody', () => {
    expect(composeMessage({ ...event, action: 'publish' }, context)).toBeNull();
  });

  it('links to the edit view of the item in the admin panel', () => {
    expect(adminLink('http://localhost:1337/admin/', event)).toBe(
      'http://localhost:1337/admin/content-manager/collection-types/api::article.article/abc123?plugins[i18n][locale]=vi',
    );
    expect(adminLink('https://cms.example.gov.vn/admin', { ...event, locale: '' })).toBe(
      'https://cms.example.gov.vn/admin/content-manager/collection-types/api::article.article/abc123',
    );
  });

  it('sends nothing without an SMTP host', () => {
    expect(smtpConfigured({ provider: 'nodemailer', providerOptions: { host: '' } })).toBe(false);
    expect(smtpConfigured(undefined)).toBe(false);
    expect(smtpConfigured({ provider: 'nodemailer', providerOptions: { host: 'smtp.langson.gov.vn' } })).toBe(true);
  });
});
