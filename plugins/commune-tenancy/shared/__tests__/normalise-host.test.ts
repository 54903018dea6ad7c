import { normaliseHost } from '../index';

describe('normaliseHost', () => {
  it.each([
    ['KhanhKhe.LangSon.gov.vn', 'khanhkhe.langson.gov.vn'],
    ['khanhkhe.langson.gov.vn:443', 'khanhkhe.langson.gov.vn'],
    ['khanhkhe.langson.gov.vn.', 'khanhkhe.langson.gov.vn'],
    ['  localhost:3000 ', 'localhost'],
    ['[::1]:3000', '[::1]'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });
});
