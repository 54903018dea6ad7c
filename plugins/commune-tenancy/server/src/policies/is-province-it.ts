import { provinceItOnly } from '../../../shared/province-it-policy';

/** Province IT only: communes and memberships are not a commune's business. */
export default provinceItOnly('Chỉ quản trị tỉnh được quản lý xã, phường và tài khoản.');
