import { uploadContentType } from '../upload-content-type';

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
