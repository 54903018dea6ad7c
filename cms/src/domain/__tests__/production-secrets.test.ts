import { productionSecretProblems } from '../production-secrets';

const strong = 'k2J9xQm4Lr8Tz1Vb6Nc3Hw7Pd5Sy0Fg2'; // 32 bytes
const good = {
  APP_KEYS: `${strong},${strong.split('').reverse().join('')}`,
  ADMIN_JWT_SECRET: strong,
  API_TOKEN_SALT: strong,
  TRANSFER_TOKEN_SALT: strong,
  ENCRYPTION_KEY: strong,
};

describe('a production start is refused while a secret is weak', () => {
  it('accepts every secret set, at least 32 bytes, and no placeholder anywhere', () => {
    expect(productionSecretProblems({ ...good, DATABASE_URL: 'postgres://portal:s3cret@db:5432/portal' })).toEqual([]);
  });

  it.each([
    ['missing', { ADMIN_JWT_SECRET: undefined }, 'ADMIN_JWT_SECRET is not set'],
    ['empty', { API_TOKEN_SALT: '  ' }, 'API_TOKEN_SALT is not set'],
    ['short (31 bytes)', { ENCRYPTION_KEY: strong.slice(1) }, 'ENCRYPTION_KEY is shorter than 32 bytes'],
    ['a placeholder', { TRANSFER_TOKEN_SALT: 'CHANGE_ME' }, 'TRANSFER_TOKEN_SALT is a CHANGE_ME placeholder'],
    ['a long placeholder', { ADMIN_JWT_SECRET: 'CHANGE_ME_TO_A_LONG_RANDOM_VALUE_PLEASE' }, 'ADMIN_JWT_SECRET is a CHANGE_ME placeholder'],
    ['one short app key', { APP_KEYS: `${strong},short` }, 'APP_KEYS (key 2) is shorter than 32 bytes'],
    ['an app key placeholder', { APP_KEYS: 'CHANGE_ME_1,CHANGE_ME_2' }, 'APP_KEYS (key 1) is a CHANGE_ME placeholder'],
    ['an empty app key', { APP_KEYS: `${strong},` }, 'APP_KEYS has an empty key'],
  ])('%s', (_case, override, problem) => {
    expect(productionSecretProblems({ ...good, ...override })).toContain(problem);
  });

  it('names any other variable left as a placeholder, without its value', () => {
    const problems = productionSecretProblems({
      ...good,
      SMTP_PASSWORD: 'CHANGE_ME',
      DATABASE_URL: 'postgres://portal:CHANGE_ME@db/portal',
    });
    expect(problems).toEqual(['SMTP_PASSWORD is a CHANGE_ME placeholder', 'DATABASE_URL is a CHANGE_ME placeholder']);
  });

  it('lets PREVIEW_SECRET be unset (a key is derived), but never weak when set', () => {
    expect(productionSecretProblems(good)).toEqual([]);
    expect(productionSecretProblems({ ...good, PREVIEW_SECRET: strong })).toEqual([]);
    expect(productionSecretProblems({ ...good, PREVIEW_SECRET: 'short' })).toEqual(['PREVIEW_SECRET is shorter than 32 bytes']);
    expect(productionSecretProblems({ ...good, PREVIEW_SECRET: 'CHANGE_ME' })).toEqual(['PREVIEW_SECRET is a CHANGE_ME placeholder']);
  });

  it('counts bytes, not characters: 11 Vietnamese letters of 3 bytes are 33 bytes', () => {
    expect(productionSecretProblems({ ...good, ENCRYPTION_KEY: 'ệệệệệệệệệệệ' })).toEqual([]);
  });
});
