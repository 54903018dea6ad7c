import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInline, parseRules } from '../parse-rules';

describe('parseInline', () => {
  it('splits bold and code out of plain text', () => {
    expect(parseInline('Mật khẩu có **ít nhất 12 ký tự**, không như `Password1`.')).toEqual([
      { kind: 'text', text: 'Mật khẩu có ' },
      { kind: 'strong', text: 'ít nhất 12 ký tự' },
      { kind: 'text', text: ', không như ' },
      { kind: 'code', text: 'Password1' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves an unclosed marker as text', () => {
    expect(parseInline('a **b')).toEqual([{ kind: 'text', text: 'a **b' }]);
  });

  it('reads a picture as its caption and screenshot name', () => {
    expect(parseInline('Xem ![Trang đăng nhập](board-w1-login) rồi bấm **Đăng nhập**')).toEqual([
      { kind: 'text', text: 'Xem ' },
      { kind: 'image', text: 'Trang đăng nhập', name: 'board-w1-login' },
      { kind: 'text', text: ' rồi bấm ' },
      { kind: 'strong', text: 'Đăng nhập' },
    ]);
  });

  it('leaves a picture without a caption, or with a path or address, as text', () => {
    for (const line of ['![](a)', '![Ảnh](../a.png?x)', '![Ảnh](https://example.com/a.png)']) {
      expect(parseInline(line).every((part) => part.kind === 'text')).toBe(true);
    }
  });
});

describe('parseRules', () => {
  it('reads titles, headings, paragraphs and both kinds of list', () => {
    const blocks = parseRules('# Tiêu đề\n\nĐoạn một\ndòng hai.\n\n## Mục\n\n- một\n- hai\n\n1. đầu\n2. sau\n');
    expect(blocks).toEqual([
      { kind: 'title', text: 'Tiêu đề' },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Đoạn một dòng hai.' }] },
      { kind: 'heading', text: 'Mục' },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'một' }], [{ kind: 'text', text: 'hai' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'đầu' }], [{ kind: 'text', text: 'sau' }]] },
    ]);
  });

  it('keeps a picture indented under a numbered step in that step, so the numbering goes on', () => {
    const blocks = parseRules('1. Bấm **Lưu**.\n   ![Đã lưu](da-luu)\n2. Gửi.\n');
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          [
            { kind: 'text', text: 'Bấm ' },
            { kind: 'strong', text: 'Lưu' },
            { kind: 'text', text: '.' },
            { kind: 'image', text: 'Đã lưu', name: 'da-luu' },
          ],
          [{ kind: 'text', text: 'Gửi.' }],
        ],
      },
    ]);
  });

  it('keeps a list that switches from ordered to unordered as two lists', () => {
    expect(parseRules('1. a\n- b').map((block) => block.kind === 'list' && block.ordered)).toEqual([true, false]);
  });

  it('reads the shipped rules: one title, the seven sections, nothing left as raw Markdown', () => {
    const text = readFileSync(path.join(__dirname, '../../../../../docs/security-rules.vi.md'), 'utf8');
    const blocks = parseRules(text);
    expect(blocks.filter((block) => block.kind === 'title')).toHaveLength(1);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.text.split('.')[0])).toEqual(
      ['1', '2', '3', '4', '5', '6', '7'],
    );
    const plain = JSON.stringify(blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'list'));
    expect(plain).not.toMatch(/\*\*|(^|[^\\])#|`/);
  });
});
