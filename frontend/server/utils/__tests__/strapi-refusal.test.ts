import { toRefusal } from '../strapi-refusal';

describe("toRefusal: the parts of Strapi's error details the form shows", () => {
  it('keeps field messages, a challenge and retryAfter', () => {
    expect(
      toRefusal({
        fields: { phone: 'Số điện thoại không hợp lệ', body: 12 },
        challenge: { question: 'Ba cộng bốn bằng mấy?', token: 't' },
        retryAfter: 30,
      }),
    ).toEqual({
      fields: { phone: 'Số điện thoại không hợp lệ' },
      challenge: { question: 'Ba cộng bốn bằng mấy?', token: 't' },
      retryAfter: 30,
    });
  });
  it('drops what is not well formed', () => {
    expect(toRefusal(null)).toEqual({});
    expect(toRefusal('x')).toEqual({});
    expect(toRefusal({ challenge: { question: 1 }, retryAfter: 'soon' })).toEqual({});
  });
});
