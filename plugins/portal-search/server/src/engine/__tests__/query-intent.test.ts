import { numberHead, queryIntent, STOP_WORD_WEIGHT, symbolParts } from '../query-intent';
import { queryWords } from '../query-text';

const intent = (text: string) => queryIntent(queryWords(text));

describe('numberHead', () => {
  it('is the first number of a number and symbol, without leading zeros, or a dotted code’s digits', () => {
    expect(numberHead('312/qd-ubnd')).toBe('312');
    expect(numberHead('22/2023/tt-btttt')).toBe('22');
    expect(numberHead('05/kh-ubnd')).toBe('5');
    expect(numberHead('1.001193')).toBe('1001193');
    expect(numberHead('1001193')).toBe('1001193');
    expect(numberHead('0')).toBe('0');
    expect(numberHead('ubnd-vp')).toBeNull();
  });

  it('splits a symbol into its parts', () => {
    expect(symbolParts('42/2022/nd-cp')).toEqual(['42', '2022', 'nd', 'cp']);
  });
});

describe('queryIntent', () => {
  it('reads a document type, with or without accents or abbreviated, and its number', () => {
    expect(intent('quyet dinh 312').number).toEqual({ head: '312', abbreviation: 'qd', typeName: 'quyet dinh' });
    expect(intent('Quyết định số 312').number).toEqual({ head: '312', abbreviation: 'qd', typeName: 'quyet dinh' });
    expect(intent('QĐ 312').number).toEqual({ head: '312', abbreviation: 'qd', typeName: 'quyet dinh' });
    expect(intent('ke hoach 120').number).toEqual({ head: '120', abbreviation: 'kh', typeName: 'ke hoach' });
    expect(intent('thong tu 22').number).toEqual({ head: '22', abbreviation: 'tt', typeName: 'thong tu' });
    expect(intent('nđ 42').number).toEqual({ head: '42', abbreviation: 'nd', typeName: 'nghi dinh' });
    expect(intent('cong van 15').number).toEqual({ head: '15', abbreviation: null, typeName: 'cong van' });
    expect(intent('312 qd').number).toEqual({ head: '312', abbreviation: 'qd', typeName: 'quyet dinh' });
  });

  it('takes a number alone (a procedure code without its dots too), but not a number among other words', () => {
    expect(intent('120').number).toEqual({ head: '120', abbreviation: null, typeName: null });
    expect(intent('1001193').number).toEqual({ head: '1001193', abbreviation: null, typeName: null });
    expect(intent('tiep cong dan thang 8').number).toBeNull();
    expect(intent('tt').number).toBeNull();
  });

  it('weighs stop words, and the type words of a number, little', () => {
    expect(intent('giay khai sinh cho con').weights).toEqual([1, 1, 1, STOP_WORD_WEIGHT, 1]);
    expect(intent('quyet dinh 312').weights).toEqual([STOP_WORD_WEIGHT, STOP_WORD_WEIGHT, 1]);
  });
});
