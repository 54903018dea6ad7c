import { editorMessage, isEditorMessage } from '../editor-message';

const FALLBACK = 'Không thực hiện được. Hãy thử lại.';

describe('editorMessage', () => {
  it('passes the board’s Vietnamese refusals on', () => {
    const refusal = 'Nội dung chưa đủ để đăng lên trang, hãy sửa rồi thử lại. Ảnh bìa: hãy nhập mô tả ảnh (chữ thay thế) hoặc bỏ ảnh bìa.';
    expect(editorMessage(refusal, FALLBACK)).toBe(refusal);
    expect(editorMessage('Nội dung này vừa được người khác xử lý. Hãy tải lại trang để xem trạng thái mới nhất.', FALLBACK)).toMatch(
      /^Nội dung này/,
    );
  });

  it('replaces developer messages, even when they quote Vietnamese content', () => {
    expect(editorMessage('cover.alt must be a `string` type, but the final value was: `null`.', FALLBACK)).toBe(FALLBACK);
    expect(editorMessage('Internal Server Error', FALLBACK)).toBe(FALLBACK);
    expect(editorMessage('title must be at most 255 characters: Hội nghị…', FALLBACK)).toBe(FALLBACK);
    expect(isEditorMessage('Tiêu đề null')).toBe(false);
  });

  it('uses the fallback for no message at all', () => {
    expect(editorMessage(undefined, FALLBACK)).toBe(FALLBACK);
    expect(editorMessage('   ', FALLBACK)).toBe(FALLBACK);
    expect(editorMessage(503, FALLBACK)).toBe(FALLBACK);
  });
});
