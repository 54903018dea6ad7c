import { deriveKeys, open, seal } from '../secret-box';

const keys = deriveKeys('a-long-random-encryption-key-for-tests');

describe('secrets at rest', () => {
  it('round-trips, with a fresh nonce each time', () => {
    const sealed = seal(keys.encryption, 'JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(seal(keys.encryption, 'JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(open(keys.encryption, sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered value and another key', () => {
    const sealed = seal(keys.encryption, 'JBSWY3DPEHPK3PXP');
    const parts = sealed.split(':');
    const data = Buffer.from(parts[3] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(() => open(keys.encryption, [parts[0], parts[1], parts[2], data.toString('base64url')].join(':'))).toThrow();
    expect(() => open(deriveKeys('another-long-random-encryption-key').encryption, sealed)).toThrow();
    expect(() => open(keys.encryption, 'v2:x:y:z')).toThrow();
  });

  it('derives different keys for secrets and recovery hashes, and fails closed without a key', () => {
    expect(keys.encryption.equals(keys.recoveryHash)).toBe(false);
    expect(() => deriveKeys('')).toThrow(/ENCRYPTION_KEY/);
  });
});
