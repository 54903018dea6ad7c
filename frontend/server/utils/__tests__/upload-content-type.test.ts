import { UPLOAD_SANDBOX_CSP, uploadContentType, uploadResponsePolicy } from '../upload-content-type';

describe('the /uploads route’s content type', () => {
  it('keeps the type Strapi gave', () => {
    expect(uploadContentType('application/pdf', 'a.pdf')).toBe('application/pdf');
    expect(uploadContentType('image/jpeg', 'a.pdf')).toBe('image/jpeg');
    expect(uploadContentType('text/html; charset=utf-8', 'a.html')).toBe('text/html; charset=utf-8');
  });

  it('makes a generically typed PDF a PDF, so that the document page can show it inline', () => {
    expect(uploadContentType('application/octet-stream', 'khanh_khe_47_QD_UBND_abc.pdf')).toBe('application/pdf');
    expect(uploadContentType('binary/octet-stream', 'A.PDF')).toBe('application/pdf');
    expect(uploadContentType(null, 'to-khai.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('never derives a type a browser would run script in', () => {
    expect(uploadContentType('application/octet-stream', 'trang.html')).toBe('application/octet-stream');
    expect(uploadContentType(undefined, 'anh.svg')).toBe('application/octet-stream');
    expect(uploadContentType('', 'khong-duoi')).toBe('application/octet-stream');
  });
});

describe('the /uploads route’s disposition and sandbox', () => {
  it.each(['image/jpeg', 'image/png', 'image/gif', 'image/webp'])('shows %s inline, sandboxed', (type) => {
    expect(uploadResponsePolicy(type)).toEqual({ disposition: 'inline', contentSecurityPolicy: UPLOAD_SANDBOX_CSP });
  });

  it('shows a PDF inline without a sandbox, for the document page’s preview', () => {
    expect(uploadResponsePolicy('application/pdf')).toEqual({ disposition: 'inline', contentSecurityPolicy: null });
  });

  it.each([
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/msword',
    'text/html; charset=utf-8',
    'image/svg+xml',
    'application/octet-stream',
    'TEXT/HTML',
    '',
  ])('sends %s as a sandboxed download', (type) => {
    expect(uploadResponsePolicy(type)).toEqual({ disposition: 'attachment', contentSecurityPolicy: UPLOAD_SANDBOX_CSP });
  });
});
