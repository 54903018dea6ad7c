import { REDACTED, redactText, redactUrl } from '../redact-url';

describe('request URLs are logged without the secrets they carry', () => {
  it.each([
    ['/admin/registration-info?registrationToken=0f3c2d9ab1e', `/admin/registration-info?registrationToken=${REDACTED}`],
    ['/admin/reset-password?code=abc123', `/admin/reset-password?code=${REDACTED}`],
    ['/api/articles?token=x&pagination[page]=2', `/api/articles?token=${REDACTED}&pagination[page]=2`],
    ['/api/x?ACCESS_TOKEN=y', `/api/x?ACCESS_TOKEN=${REDACTED}`],
    ['/api/search?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&page=2', '/api/search?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&page=2'],
    ['/admin/init', '/admin/init'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('removes a JWT and a long hexadecimal token wherever they appear', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const hex = 'a3f9'.repeat(16);
    expect(redactUrl(`/x/${jwt}/y?next=${hex}`)).toBe(`/x/${REDACTED}/y?next=${REDACTED}`);
  });

  it('keeps upload names, whose hash is short', () => {
    expect(redactUrl('/uploads/khanh-khe_anh_hoi_nghi_3f2a1b9c0d.jpg')).toBe('/uploads/khanh-khe_anh_hoi_nghi_3f2a1b9c0d.jpg');
  });
});

describe('free text is logged without the secrets it quotes', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', `Authorization: Bearer ${REDACTED}`],
    ['GET /admin/registration-info?registrationToken=zzz failed', `GET /admin/registration-info?registrationToken=${REDACTED} failed`],
    [`token ${'b7'.repeat(40)} expired`, `token ${REDACTED} expired`],
    ['Tạo bài “Hội nghị” thành công', 'Tạo bài “Hội nghị” thành công'],
  ])('%s → %s', (text, logged) => {
    expect(redactText(text)).toBe(logged);
  });
});
