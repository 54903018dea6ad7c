import { provinceItOnly } from '@commune/commune-tenancy/shared/province-it-policy';

/**
 * Province IT only, for Strapi routes that change what every commune sees but check no
 * permission of their own (extensions/route-rules.ts).
 */
export default provinceItOnly('Chỉ quản trị tỉnh được thực hiện thao tác này.');
