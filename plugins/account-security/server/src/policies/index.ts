import isProvinceIt from './is-province-it';

export default { 'is-province-it': isProvinceIt };
