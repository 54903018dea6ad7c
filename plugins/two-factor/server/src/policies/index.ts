import { provinceItOnly } from '@commune/commune-tenancy/shared/province-it-policy';

/** Province IT only: the platform rule and other people's second factor are theirs. */
export default { 'is-province-it': provinceItOnly('Chỉ quản trị tỉnh được thay đổi đăng nhập hai bước của người khác.') };
