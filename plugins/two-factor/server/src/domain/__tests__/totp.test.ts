import { acceptedStep, codeAt, createSecret, provisioningUri, stepAt } from '../totp';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const now = Date.UTC(2026, 11, 6, 7, 0, 10); // 10 s into a 30-second step
const step = stepAt(now);

describe('TOTP codes', () => {
  it.each([
    ['the current step', 0, step],
    ['the step before (a slow phone clock)', -1, step - 1],
    ['the step after (a fast phone clock)', 1, step + 1],
  ])('accepts the code of %s', (_name, offset, expected) => {
    expect(acceptedStep(secret, codeAt(secret, now + offset * 30_000), now, 0)).toBe(expected);
  });

  it.each([
    ['two steps old', codeAt(secret, now - 60_000)],
    ['not six digits', '12345'],
    ['letters', 'abcdef'],
    ['another secret’s code', codeAt(createSecret(), now)],
  ])('refuses a code %s', (_name, code) => {
    // Another secret's code could collide one time in a million; the fixed secret above never does here.
    expect(acceptedStep(secret, code, now, 0)).toBeNull();
  });

  it('refuses a step already used, and any earlier one (no replay)', () => {
    expect(acceptedStep(secret, codeAt(secret, now), now, step)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, now - 30_000), now, step)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, now + 30_000), now, step)).toBe(step + 1);
  });

  it('makes 160-bit base32 secrets and an otpauth URI apps read', () => {
    expect(createSecret()).toMatch(/^[A-Z2-7]{32}$/);
    const uri = provisioningUri(secret, 'chu.tich@langson.gov.vn');
    expect(uri.startsWith('otpauth://totp/')).toBe(true);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
  });
});
