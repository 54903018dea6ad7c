import { parseRules } from '../../../../cms/src/admin/security-rules/parse-rules';
import { blocksHtml, deckDocument, pictureHtml, rolePage } from '../render-html';
import type { RoleGuide } from '../sources';

const guide: RoleGuide = {
  role: { slug: 'cong-tac-vien', label: 'Cộng tác viên' },
  title: 'Hướng dẫn cho Cộng tác viên',
  blocks: parseRules(
    '# Hướng dẫn cho Cộng tác viên\n\n## Đăng nhập\n\n1. Bấm **Đăng nhập**.\n   ![Trang "đăng nhập" <mới>](board-w1-login)\n2. Gõ mã 6 số.\n',
  ),
};
const nextToPage = (name: string) => (name === 'board-w1-login' ? `${name}.png` : null);

describe('the guide as HTML', () => {
  it('shows a picture with its caption as alt text and under it, escaped', () => {
    expect(pictureHtml({ name: 'a', caption: 'Nút "Lưu" <đỏ>' }, () => 'a.png')).toBe(
      '<figure><img src="a.png" alt="Nút &#34;Lưu&#34; &#60;đỏ&#62;"><figcaption>Nút &#34;Lưu&#34; &#60;đỏ&#62;</figcaption></figure>',
    );
  });

  it('shows a missing picture as a marked box that names it', () => {
    const html = pictureHtml({ name: 'board-w2-home', caption: 'Trang chủ' }, () => null);
    expect(html).toContain('class="missing"');
    expect(html).toContain('Chưa có ảnh: Trang chủ');
    expect(html).toContain('board-w2-home.png');
    expect(html).not.toContain('<img');
  });

  it('puts a step’s words first and its picture in the same list item', () => {
    expect(blocksHtml(guide.blocks, nextToPage)).toContain(
      '<ol><li><p>Bấm <strong>Đăng nhập</strong>.</p><figure><img src="board-w1-login.png"',
    );
  });

  it('writes a page with no script and links to the other roles and both PDFs', () => {
    const page = rolePage([guide], guide, nextToPage);
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(page).not.toMatch(/<script|<link /);
    expect(page).toContain('<a href="cong-tac-vien.html" aria-current="page">Cộng tác viên</a>');
    expect(page).toContain('href="huong-dan-su-dung.pdf"');
    expect(page).toContain('href="tap-huan.pdf"');
  });

  it('makes one training slide per step, after a title slide and the role’s divider', () => {
    const deck = deckDocument([guide], nextToPage, '7/12/2026', () => false);
    expect(deck.match(/<section class="slide/g)).toHaveLength(4);
    expect(deck).toContain('<h2>1. Bấm Đăng nhập.</h2>');
    expect(deck).toContain('<section class="slide words-only">');
  });
});
