import { ERROR_TEXT } from '../error-text';
import { searchErrorStatus, searchErrorText } from '../search-error';

describe('a search page’s failed call', () => {
  const busy = { status: 503, data: { message: 'Hệ thống tìm kiếm đang bận, xin vui lòng thử lại sau giây lát.' } };

  it('shows the search API’s own message for a refused query and for a busy engine, with their statuses', () => {
    expect(searchErrorText({ status: 400, data: { message: 'Hãy nhập từ khóa cần tìm.' } })).toBe('Hãy nhập từ khóa cần tìm.');
    expect(searchErrorStatus({ statusCode: 400 })).toBe(400);
    expect(searchErrorText(busy)).toBe(busy.data.message);
    expect(searchErrorStatus(busy)).toBe(503);
  });

  it('says only “unavailable”, as a 502, for anything else', () => {
    expect(searchErrorText({ status: 502, data: { message: 'The content service is unavailable' } })).toBe(ERROR_TEXT.unavailable);
    expect(searchErrorStatus({ status: 502 })).toBe(502);
    expect(searchErrorText({ status: 503 })).toBe(ERROR_TEXT.unavailable);
    expect(searchErrorStatus(null)).toBe(502);
  });
});
