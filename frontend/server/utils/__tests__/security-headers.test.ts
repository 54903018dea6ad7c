import {
  applySecurityHeaders,
  isAllowedMethod,
  PAGE_CONTENT_SECURITY_POLICY,
  securityHeaders,
  UPLOAD_CONTENT_SECURITY_POLICY,
  type HeaderTarget,
} from '../security-headers';

/** A response's header store, as Node keeps it (lower-case names). */
class Headers implements HeaderTarget {
  readonly values = new Map<string, string>();
  getHeader(name: string) {
    return this.values.get(name.toLowerCase());
  }
  setHeader(name: string, value: string) {
    this.values.set(name.toLowerCase(), value);
  }
  removeHeader(name: string) {
    this.values.delete(name.toLowerCase());
  }
}

/** `default-src 'none'; img-src 'self'` → { 'default-src': ["'none'"], 'img-src': ["'self'"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('the pages’ Content-Security-Policy', () => {
  const csp = directives(PAGE_CONTENT_SECURITY_POLICY);

  it('allows no script at all, and nothing from another origin', () => {
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'none'"]);
    for (const values of Object.values(csp)) {
      expect(values.every((value) => value === "'self'" || value === "'none'")).toBe(true);
    }
  });

  it('allows no inline style', () => {
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(PAGE_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('lets the pages embed nothing (the PDF is a link), and nobody frame them', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
  });

  it('lets uploads be framed by the site only, and run nothing', () => {
    const uploads = directives(UPLOAD_CONTENT_SECURITY_POLICY);
    expect(uploads['frame-ancestors']).toEqual(["'self'"]);
    expect(uploads['script-src']).toEqual(["'none'"]);
    expect(uploads['default-src']).toEqual(["'none'"]);
  });
});

describe('securityHeaders', () => {
  it('gives a page every header, and HSTS and COOP only when the site is https', () => {
    const http = securityHeaders('/tin-tuc', { https: false });
    expect(http).toEqual({
      'content-security-policy': PAGE_CONTENT_SECURITY_POLICY,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('camera=(), ') as string,
    });
    expect(securityHeaders('/tin-tuc', { https: true })).toMatchObject({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('denies the features a commune site never uses', () => {
    const policy = securityHeaders('/', { https: true })['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort', 'browsing-topics']) {
      expect(policy.split(', ')).toContain(`${feature}=()`);
    }
  });

  it('gives uploads their own policy, framed by the site only', () => {
    for (const path of ['/uploads/a.pdf', '/uploads', '/uploads?x=1']) {
      expect(securityHeaders(path, { https: false })).toMatchObject({
        'content-security-policy': UPLOAD_CONTENT_SECURITY_POLICY,
        'x-frame-options': 'SAMEORIGIN',
      });
    }
    expect(securityHeaders('/uploadsx', { https: false })['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
  });
});

describe('applySecurityHeaders', () => {
  it("replaces what Nuxt's error handler set, and removes X-Powered-By", () => {
    const response = new Headers();
    response.setHeader('Content-Security-Policy', "script-src 'none'; frame-ancestors 'none';");
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Powered-By', 'Nuxt');
    response.setHeader('Content-Type', 'text/html');
    applySecurityHeaders(response, '/khong-co', { https: true });
    expect(response.getHeader('content-security-policy')).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(response.getHeader('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.getHeader('x-powered-by')).toBeUndefined();
    expect(response.getHeader('content-type')).toBe('text/html');
    expect(response.getHeader('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('keeps the CSP the uploads route set for a file, and gives the default to the others', () => {
    const html = new Headers();
    html.setHeader('content-security-policy', "default-src 'none'; sandbox");
    applySecurityHeaders(html, '/uploads/x.html', { https: false });
    expect(html.getHeader('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(html.getHeader('x-content-type-options')).toBe('nosniff');

    const pdf = new Headers();
    applySecurityHeaders(pdf, '/uploads/x.pdf', { https: false });
    expect(pdf.getHeader('content-security-policy')).toBe(UPLOAD_CONTENT_SECURITY_POLICY);
  });

  it('never lets a page route choose its own CSP', () => {
    const response = new Headers();
    response.setHeader('content-security-policy', "script-src 'unsafe-inline'");
    applySecurityHeaders(response, '/api/public/v1/news', { https: false });
    expect(response.getHeader('content-security-policy')).toBe(PAGE_CONTENT_SECURITY_POLICY);
  });
});

describe('isAllowedMethod', () => {
  it('allows reading only', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(isAllowedMethod(method)).toBe(true);
    for (const method of ['TRACE', 'TRACK', 'POST', 'PUT', 'DELETE', 'PATCH', 'CONNECT']) expect(isAllowedMethod(method)).toBe(false);
  });
});

describe('preview pages (README "Preview")', () => {
  const admin = 'https://quantri.langson.gov.vn';

  it('are never stored, never indexed, leak no Referer, and only the admin may frame them', () => {
    for (const path of ['/xem-truoc/abc.def', '/api/preview/abc.def']) {
      const headers = securityHeaders(path, { https: true, adminOrigin: admin });
      expect(headers['cache-control']).toBe('no-store, private');
      expect(headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['content-security-policy']).toContain(`frame-ancestors ${admin}`);
      expect(headers['content-security-policy']).toContain("script-src 'none'");
      expect(headers['x-frame-options']).toBeUndefined();
    }
  });

  it('are framed by nobody without a plain admin origin, and other pages never by the admin', () => {
    for (const adminOrigin of ['', '*', "https://a.vn 'unsafe-inline'", 'https://a.vn; script-src *']) {
      const headers = securityHeaders('/xem-truoc/abc.def', { https: true, adminOrigin });
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
    }
    const page = securityHeaders('/tin-tuc/abc', { https: true, adminOrigin: admin });
    expect(page['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(page['cache-control']).toBeUndefined();
    expect(page['x-frame-options']).toBe('DENY');
  });

  it('lose an X-Frame-Options a route set before', () => {
    const response = new Headers();
    response.setHeader('x-frame-options', 'SAMEORIGIN');
    applySecurityHeaders(response, '/xem-truoc/abc.def', { https: false, adminOrigin: admin });
    expect(response.getHeader('x-frame-options')).toBeUndefined();
    expect(response.getHeader('cache-control')).toBe('no-store, private');
  });
});
