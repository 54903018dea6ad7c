import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from '../recovery-codes';

describe('recovery codes', () => {
  it('are ten, distinct, in the xxxxx-xxxxx form without look-alike characters', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it.each([
    ['abcde-fghjk', 'abcdefghjk'],
    ['ABCDE-FGHJK', 'abcdefghjk'],
    [' abcde fghjk ', 'abcdefghjk'],
    ['abcdefghjk', 'abcdefghjk'],
    ['abcde-fghj', null],
    ['abcde-fghj0', null], // 0 is not in the alphabet
    ['123456', null],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseRecoveryCode(input)).toBe(expected);
  });

  it('are stored as keyed hashes: same code and key, same hash; another key, another hash', () => {
    const key = Buffer.alloc(32, 1);
    const hash = hashRecoveryCode(key, 'abcdefghjk');
    expect(hash).not.toContain('abcdefghjk');
    expect(hashRecoveryCode(key, 'abcdefghjk')).toBe(hash);
    expect(hashRecoveryCode(Buffer.alloc(32, 2), 'abcdefghjk')).not.toBe(hash);
  });
});
