import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEmblemBytes, emblemPath, MAX_EMBLEM_BYTES, readNationalEmblem } from '../national-emblem';
import { startupProblems } from '../startup-checks';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#c8102e"/></svg>';
const dir = mkdtempSync(join(tmpdir(), 'emblem-'));

describe('readNationalEmblem', () => {
  it('is no emblem, and no problem, when unset', () => {
    expect(readNationalEmblem('')).toEqual({ ok: true, emblem: null });
    expect(readNationalEmblem(undefined)).toEqual({ ok: true, emblem: null });
  });

  it('reads a PNG and a plain SVG, versioned by their content', () => {
    writeFileSync(join(dir, 'a.png'), PNG);
    writeFileSync(join(dir, 'a.svg'), SVG);
    const png = readNationalEmblem(join(dir, 'a.png'));
    const svg = readNationalEmblem(join(dir, 'a.svg'));
    expect(png.ok && png.emblem?.contentType).toBe('image/png');
    expect(svg.ok && svg.emblem?.contentType).toBe('image/svg+xml');
    expect(svg.ok && emblemPath(svg.emblem)).toMatch(/^\/quoc-huy\?v=[0-9a-f]{12}$/);
    expect(emblemPath(null)).toBeNull();
  });

  it('refuses a missing file, and stops the start with it', () => {
    const missing = join(dir, 'none.svg');
    expect(readNationalEmblem(missing)).toEqual({ ok: false, problem: `NUXT_NATIONAL_EMBLEM_FILE ${missing} cannot be read (ENOENT)` });
    expect(startupProblems({ nationalEmblemFile: missing }, false)).toContain(
      `NUXT_NATIONAL_EMBLEM_FILE ${missing} cannot be read (ENOENT)`,
    );
  });
});

describe('checkEmblemBytes', () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'a <script> element'],
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'an event handler attribute'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/></svg>', 'a reference to another file or site'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.test/a)"/></svg>', 'a reference to another file or site'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', 'a <foreignObject> element'],
  ])('refuses an SVG that could run or fetch something: %s', (svg, what) => {
    expect(checkEmblemBytes(Buffer.from(svg), 'f')).toEqual({
      ok: false,
      problem: `f is an SVG holding ${what}; export a plain SVG or a PNG`,
    });
  });

  it('refuses what is no image, an empty file and an oversized one', () => {
    expect(checkEmblemBytes(Buffer.from('<html><body>x</body></html>'), 'f')).toEqual({
      ok: false,
      problem: 'f is neither a PNG nor an SVG image',
    });
    expect(checkEmblemBytes(Buffer.alloc(0), 'f')).toEqual({ ok: false, problem: 'f is empty' });
    const big = checkEmblemBytes(Buffer.concat([PNG, Buffer.alloc(MAX_EMBLEM_BYTES)]), 'f');
    expect(big.ok).toBe(false);
  });

  it('accepts the xmlns declarations and internal references of a plain SVG', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><path id="s" d="M0 0"/></defs><use xlink:href="#s"/></svg>';
    expect(checkEmblemBytes(Buffer.from(svg), 'f').ok).toBe(true);
  });
});
