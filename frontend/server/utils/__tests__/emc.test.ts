import { emcAllowedHosts, emcScript, withEmcScript } from '../emc';
import { PAGE_CONTENT_SECURITY_POLICY, securityHeaders } from '../security-headers';

describe('emcScript', () => {
  const hosts = ['emc.gov.vn', '*.emc.gov.vn'];

  it('is loaded only when turned on, from an allowed https host', () => {
    expect(emcScript({ emcEnabled: true, emcScriptUrl: 'https://emc.gov.vn/e.js?id=7' }, hosts)?.href).toBe('https://emc.gov.vn/e.js?id=7');
    expect(emcScript({ emcEnabled: false, emcScriptUrl: 'https://emc.gov.vn/e.js' }, hosts)).toBeNull();
    expect(emcScript({ emcEnabled: true, emcScriptUrl: 'https://evil.example/e.js' }, hosts)).toBeNull();
    expect(emcScript(null, hosts)).toBeNull();
  });

  it('reads the province’s allow-list, the default when empty, and refuses a wildcard of everything', () => {
    expect(emcAllowedHosts('')).toEqual({ ok: true, hosts: ['emc.gov.vn', '*.emc.gov.vn'] });
    expect(emcAllowedHosts('emc.langson.gov.vn')).toEqual({ ok: true, hosts: ['emc.langson.gov.vn'] });
    expect(emcAllowedHosts('*').ok).toBe(false);
  });

  it('goes at the end of the body, loaded without blocking', () => {
    expect(withEmcScript('<html><body><p>x</p></body></html>', new URL('https://emc.gov.vn/e.js?a=1&b=2'))).toBe(
      '<html><body><p>x</p><script src="https://emc.gov.vn/e.js?a=1&amp;b=2" async></script></body></html>',
    );
  });
});

describe('the CSP of a page with the EMC script', () => {
  it('allows that origin only, for script, connect and images', () => {
    const policy = securityHeaders('/', { https: true, scriptOrigin: 'https://emc.gov.vn' })['content-security-policy'];
    expect(policy).toBe(
      "default-src 'none'; script-src https://emc.gov.vn; style-src 'self'; img-src 'self' https://emc.gov.vn; font-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; connect-src https://emc.gov.vn",
    );
  });

  it('stays strict on uploads, without an origin, and for anything that is not a bare https origin', () => {
    expect(securityHeaders('/uploads/a.pdf', { https: true, scriptOrigin: 'https://emc.gov.vn' })['content-security-policy']).not.toContain(
      'emc',
    );
    expect(securityHeaders('/', { https: true })['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(securityHeaders('/', { https: true, scriptOrigin: "https://emc.gov.vn 'unsafe-inline'" })['content-security-policy']).toBe(
      PAGE_CONTENT_SECURITY_POLICY,
    );
  });
});
