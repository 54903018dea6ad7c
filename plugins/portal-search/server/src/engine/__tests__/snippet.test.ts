import { renderSnippet } from '../query-text';
import { snippetOf } from '../snippet';

const html = (text: string, words: string[]): string => renderSnippet(snippetOf(text, words));
const count = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('snippetOf', () => {
  it('marks the query words as written, accents and capitals kept', () => {
    expect(html('Hệ thống Tra cứu thủ tục hành chính của xã.', ['tra', 'cuu'])).toBe(
      'Hệ thống <mark>Tra</mark> <mark>cứu</mark> thủ tục hành chính của xã',
    );
    expect(html('Nghị quyết của Đảng ủy xã Khánh Khê', ['dang', 'uy'])).toBe(
      'Nghị quyết của <mark>Đảng</mark> <mark>ủy</mark> xã Khánh Khê',
    );
  });

  it('keeps characters written with combining accents whole', () => {
    const decomposed = 'Đảng ủy xã'.normalize('NFD');
    expect(html(decomposed, ['uy'])).toBe(`${'Đảng'.normalize('NFD')} <mark>${'ủy'.normalize('NFD')}</mark> xã`.normalize('NFD'));
  });

  it('shows at most 35 words around the words, and the first 15 words when none occurs', () => {
    const words = Array.from({ length: 100 }, (_, index) => `từ${index}`);
    words[60] = 'rừng';
    const snippet = html(words.join(' '), ['rung']);
    expect(count(snippet)).toBe(35);
    expect(snippet).toContain('từ43 từ44');
    expect(snippet).toContain('<mark>rừng</mark>');
    expect(html(words.join(' '), ['bien'])).toBe(words.slice(0, 15).join(' '));
  });

  it('prefers the passage where the query words stand together, and adds a second one', () => {
    const filler = (from: number) => Array.from({ length: 40 }, (_, index) => `x${from + index}`).join(' ');
    const text = `quyết ${filler(0)} định ${filler(100)} quyết định ${filler(200)} Quyết Định cuối`;
    const snippet = html(text, ['quyet', 'dinh']);
    const fragments = snippet.split(' … ');
    expect(fragments).toHaveLength(2);
    expect(fragments[0]).toContain('<mark>quyết</mark> <mark>định</mark>');
    expect(fragments[1]).toContain('<mark>Quyết</mark> <mark>Định</mark> cuối');
  });

  it('escapes the text around the marks', () => {
    expect(html('Thông báo <script>alert(1)</script> về rừng & đất', ['rung'])).toBe(
      'Thông báo &lt;script&gt;alert(1)&lt;/script&gt; về <mark>rừng</mark> &amp; đất',
    );
  });

  it('matches words split as the query is split (letters and digits)', () => {
    expect(html('Kế hoạch số 12/KH-UBND năm 2024', ['kh', '2024'])).toBe('Kế hoạch số 12/<mark>KH</mark>-UBND năm <mark>2024</mark>');
    expect(html('', ['x'])).toBe('');
  });
});
