import { checkPassword, commonForms, fold, PASSWORD_MESSAGES, type PasswordProblem, type PersonalInfo } from '../policy';
import { commonPasswords } from '../common-passwords';

const AN: PersonalInfo = { firstname: 'An', lastname: 'Nguyễn Văn', email: 'an.nguyen@khanhkhe.langson.gov.vn' };
const ANH: PersonalInfo = { firstname: 'Ánh', lastname: 'Đặng Thị', email: 'dtanh@songiang.gov.vn' };

describe('the password policy, rule by rule', () => {
  const cases: Array<[string, PersonalInfo, PasswordProblem | null]> = [
    ['Password1', AN, 'too-short'],
    ['Ngắn-2026', AN, 'too-short'],
    ['a'.repeat(73), AN, 'too-long'],
    ['ệ'.repeat(25), AN, 'too-long'], // 25 characters, 75 bytes
    ['password123456', AN, 'common'],
    ['123456789012', AN, 'common'],
    ['Password2026!', AN, 'common'],
    ['P@ssw0rd-2026', AN, 'common'],
    ['!!Qwerty123456', AN, 'common'],
    ['matkhau@123456', AN, 'common'],
    ['MậtKhẩu-2026!', AN, 'common'],
    ['abcabcabcabc', AN, 'common'],
    ['aaaaaaaaaaaaaaa', AN, 'common'],
    ['NguyenVanAn-2026', AN, 'personal'],
    ['nguyễn-đẹp-trai-9', AN, 'personal'],
    ['an.nguyen#Lang-Son', AN, 'personal'],
    ['Ánh-Sáng-Mặt-Trời-7', ANH, 'personal'],
    ['dtanh-rừng-xanh-7', ANH, 'personal'],
    ['DANG-bien-xanh-71', ANH, 'personal'],
    // "Văn" and "Thị" identify nobody; "An" is too short to refuse every "an" in a password.
    ['Vận-hành-tốt-2026', AN, null],
    ['Thị-trấn-mùa-xuân', ANH, null],
    ['Bến-xe-Lạng-Sơn-7', AN, null],
    ['correct horse battery staple', AN, null],
    ['Tinh-Admin-2026', { firstname: 'Quản trị', lastname: 'tỉnh', email: 'tinh@test.gov.vn' }, 'personal'],
    ['Mây-trắng-bay-2026', { firstname: 'Quản trị', lastname: 'tỉnh', email: 'tinh@test.gov.vn' }, null],
  ];
  it.each(cases)('%s for %o → %s', (password, person, expected) => {
    expect(checkPassword(password, person, commonPasswords())).toBe(expected);
  });

  it('has a Vietnamese message for every problem', () => {
    expect(PASSWORD_MESSAGES['too-short']).toBe('Mật khẩu phải có ít nhất 12 ký tự.');
    for (const message of Object.values(PASSWORD_MESSAGES)) expect(message).toMatch(/Mật khẩu/);
  });

  it('folds Vietnamese to lower case without diacritics, đ included', () => {
    expect(fold('Đặng Thị Ánh Hồng')).toBe('dang thi anh hong');
  });

  it('looks a password up in several forms', () => {
    expect(commonForms('P@ssw0rd-2026')).toEqual(expect.arrayContaining(['password']));
    expect(commonForms('Dragon2026!!')).toEqual(expect.arrayContaining(['dragon']));
  });

  it('ships a list of tens of thousands of common passwords, offline', () => {
    expect(commonPasswords().size).toBeGreaterThan(49_000);
    expect(commonPasswords().has('password')).toBe(true);
  });
});
