import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseRules } from '../../../../cms/src/admin/security-rules/parse-rules';
import { missingPictures, missingReport, pictureSizes, picturesUsed, screenshotsIn } from '../pictures';
import type { RoleGuide } from '../sources';

function guide(slug: string, markdown: string): RoleGuide {
  return { role: { slug, label: slug }, title: slug, blocks: parseRules(markdown) };
}

const guides = [
  guide('cong-tac-vien', '# A\n\n1. Đăng nhập.\n   ![Trang đăng nhập](board-w1-login)\n2. Trang chủ.\n   ![Trang chủ](board-w2-home)\n'),
  guide('truong-ban', '# B\n\n1. Trang chủ.\n   ![Trang chủ](board-w2-home)\n2. Lại.\n   ![Trang chủ lần nữa](board-w2-home)\n'),
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guide-pictures-'));
  await writeFile(path.join(dir, 'board-w1-login.png'), '');
  await writeFile(path.join(dir, 'ghi-chu.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the missing-screenshot check', () => {
  it('lists the PNG screenshots of a folder, and none for a folder that does not exist', async () => {
    expect([...(await screenshotsIn(dir))]).toEqual(['board-w1-login']);
    expect((await screenshotsIn(path.join(dir, 'khong-co'))).size).toBe(0);
  });

  it('names each missing picture once per guide that shows it, with the caption', async () => {
    const missing = missingPictures(picturesUsed(guides), await screenshotsIn(dir));
    expect(missing).toEqual([
      { role: 'cong-tac-vien', name: 'board-w2-home', caption: 'Trang chủ' },
      { role: 'truong-ban', name: 'board-w2-home', caption: 'Trang chủ' },
    ]);
    const report = missingReport(missing, '/thu-muc');
    expect(report).toContain('1 screenshot the guide shows is missing from /thu-muc:');
    expect(report).toContain('board-w2-home.png  (docs/guide/truong-ban.vi.md: “Trang chủ”)');
    expect(report).toContain('--allow-missing');
  });

  it('finds nothing missing when every picture is there', () => {
    expect(missingPictures(picturesUsed(guides), new Set(['board-w1-login', 'board-w2-home']))).toEqual([]);
  });
});

describe('picture sizes', () => {
  it('reads a PNG’s width and height from its header, and null for anything else', async () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(1440, 16);
    header.writeUInt32BE(3120, 20);
    await writeFile(path.join(dir, 'dai.png'), header);
    await writeFile(path.join(dir, 'khong-phai.png'), 'không phải ảnh PNG, đủ dài để đọc');
    const sizes = await pictureSizes([path.join(dir, 'dai.png'), path.join(dir, 'khong-phai.png')]);
    expect(sizes.get(path.join(dir, 'dai.png'))).toEqual({ width: 1440, height: 3120 });
    expect(sizes.get(path.join(dir, 'khong-phai.png'))).toBeNull();
  });
});
