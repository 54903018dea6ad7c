import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRules } from '../../security-rules/parse-rules';
import { GUIDE_ROLES, picturesOf, plainText, stepsOf, titleOf } from '../guide-content';

const SAMPLE = `# Hướng dẫn thử

Mở đầu ![Ảnh mở đầu](mo-dau)

## Đăng nhập

1. Gõ thư điện tử.
   ![Trang đăng nhập](board-w1-login)
2. Bấm **Đăng nhập**.

## Viết tin

- Ghi chú, không phải bước.
  ![Ảnh trong ghi chú](ghi-chu)

1. Bấm **Viết tin mới**.
   ![Trang chủ](board-w2-home)
   ![Tin mới](board-w3-new-item)
`;

describe('the guide read as steps', () => {
  const blocks = parseRules(SAMPLE);

  it('numbers the steps under each heading, with their pictures apart from their words', () => {
    expect(
      stepsOf(blocks).map((step) => ({
        section: step.section,
        number: step.number,
        text: plainText(step.text),
        pictures: step.pictures.map((picture) => picture.name),
      })),
    ).toEqual([
      { section: 'Đăng nhập', number: 1, text: 'Gõ thư điện tử.', pictures: ['board-w1-login'] },
      { section: 'Đăng nhập', number: 2, text: 'Bấm Đăng nhập.', pictures: [] },
      { section: 'Viết tin', number: 1, text: 'Bấm Viết tin mới.', pictures: ['board-w2-home', 'board-w3-new-item'] },
    ]);
  });

  it('finds every picture in reading order, wherever it is, with its caption', () => {
    expect(picturesOf(blocks)).toEqual([
      { name: 'mo-dau', caption: 'Ảnh mở đầu' },
      { name: 'board-w1-login', caption: 'Trang đăng nhập' },
      { name: 'ghi-chu', caption: 'Ảnh trong ghi chú' },
      { name: 'board-w2-home', caption: 'Trang chủ' },
      { name: 'board-w3-new-item', caption: 'Tin mới' },
    ]);
    expect(titleOf(blocks, 'x')).toBe('Hướng dẫn thử');
    expect(titleOf([], 'x')).toBe('x');
  });
});

describe('the shipped guide', () => {
  const dir = path.join(__dirname, '../../../../../docs/guide');

  it.each(GUIDE_ROLES.map((role) => role.slug))('%s: a title, numbered steps, pictures with captions, no raw Markdown', (slug) => {
    const blocks = parseRules(readFileSync(path.join(dir, `${slug}.vi.md`), 'utf8'));
    expect(blocks.filter((block) => block.kind === 'title')).toHaveLength(1);
    const steps = stepsOf(blocks);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.filter((step) => step.pictures.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const picture of picturesOf(blocks)) expect(picture.caption.length).toBeGreaterThan(3);
    const words = JSON.stringify(
      blocks.map((block) =>
        block.kind === 'list' ? block.items.map(plainText) : block.kind === 'paragraph' ? plainText(block.content) : block.text,
      ),
    );
    expect(words).not.toMatch(/\*\*|!\[|\]\(|`/);
    // Laws change; the guide explains the screens and cites none (Decree 42/2022 was repealed).
    expect(words).not.toMatch(/Nghị định|Thông tư|NĐ-CP|TT-B/);
  });
});
