import { provinceItOnly } from '@commune/commune-tenancy/shared/province-it-policy';

/** Province IT only: unlocking accounts is theirs. */
export default provinceItOnly('Chỉ quản trị tỉnh được mở khóa tài khoản.');
