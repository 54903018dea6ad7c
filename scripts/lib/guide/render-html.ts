/**
 * The guide as HTML: one page per role and an index for the screen, one document for the printed
 * guide and one for the training slides. Plain HTML and CSS, no script. Pictures are given by a
 * function so that the screen pages use file names next to them and the PDFs absolute file URLs;
 * it returns null for a picture that is missing, which then shows as a marked box.
 */
import { DECK_PDF, GUIDE_PDF, type Picture, plainText, splitPictures, stepsOf } from '../../../cms/src/admin/guide/guide-content.ts';
import type { Block, Inline } from '../../../cms/src/admin/security-rules/parse-rules.ts';
import type { RoleGuide } from './sources.ts';
import { DECK_CSS, PRINT_CSS, SCREEN_CSS } from './styles.ts';

export type PictureSource = (name: string) => string | null;

const GUIDE_TITLE = 'Hướng dẫn sử dụng trang quản trị';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function inlineHtml(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'strong') return `<strong>${escapeHtml(part.text)}</strong>`;
      if (part.kind === 'code') return `<code>${escapeHtml(part.text)}</code>`;
      if (part.kind === 'image') return '';
      return escapeHtml(part.text);
    })
    .join('')
    .trim();
}

export function pictureHtml(picture: Picture, source: PictureSource): string {
  const caption = escapeHtml(picture.caption);
  const src = source(picture.name);
  if (src === null) return `<figure><div class="missing">Chưa có ảnh: ${caption}<br>(${escapeHtml(picture.name)}.png)</div></figure>`;
  return `<figure><img src="${escapeHtml(src)}" alt="${caption}"><figcaption>${caption}</figcaption></figure>`;
}

/** Words then pictures: a step reads first, its screenshot follows. */
function withPictures(parts: Inline[], source: PictureSource, wrap: (html: string) => string): string {
  const { text, pictures } = splitPictures(parts);
  const words = inlineHtml(text);
  return (words ? wrap(words) : '') + pictures.map((picture) => pictureHtml(picture, source)).join('');
}

export function blocksHtml(blocks: Block[], source: PictureSource): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return `<h1>${escapeHtml(block.text)}</h1>`;
        case 'heading':
          return `<h2>${escapeHtml(block.text)}</h2>`;
        case 'paragraph':
          return withPictures(block.content, source, (html) => `<p>${html}</p>`);
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          const items = block.items.map((item) => `<li>${withPictures(item, source, (html) => `<p>${html}</p>`)}</li>`);
          return `<${tag}>${items.join('')}</${tag}>`;
        }
      }
    })
    .join('\n');
}

function document(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function nav(guides: RoleGuide[], current: string | null): string {
  const links = guides.map(
    ({ role }) => `<a href="${role.slug}.html"${role.slug === current ? ' aria-current="page"' : ''}>${escapeHtml(role.label)}</a>`,
  );
  return `<nav aria-label="Các phần của hướng dẫn"><a href="index.html"${current === null ? ' aria-current="page"' : ''}>Mục lục</a>${links.join('')}</nav>`;
}

const DOWNLOADS = `<p class="downloads"><a href="${GUIDE_PDF}">Tải bản in (PDF)</a><a href="${DECK_PDF}">Tài liệu tập huấn (PDF)</a></p>`;

export function rolePage(guides: RoleGuide[], guide: RoleGuide, source: PictureSource): string {
  return document(
    guide.title,
    SCREEN_CSS,
    `${nav(guides, guide.role.slug)}\n<main>\n${blocksHtml(guide.blocks, source)}\n${DOWNLOADS}\n</main>`,
  );
}

export function indexPage(guides: RoleGuide[], builtOn: string): string {
  const items = guides.map(
    ({ role, title, blocks }) => `<li><a href="${role.slug}.html">${escapeHtml(title)}</a> (${stepsOf(blocks).length} bước)</li>`,
  );
  const body = `<h1>${GUIDE_TITLE}</h1>
<p>Chọn phần hướng dẫn dành cho công việc của anh/chị. Mỗi bước có ảnh chụp màn hình đúng như trên trang quản trị.</p>
<ul class="roles-list">${items.join('')}</ul>
${DOWNLOADS}
<p>Bản ngày ${escapeHtml(builtOn)}.</p>`;
  return document(GUIDE_TITLE, SCREEN_CSS, `${nav(guides, null)}\n<main>\n${body}\n</main>`);
}

/** The whole guide for print: a cover with the contents, then one chapter per role. */
export function printDocument(guides: RoleGuide[], source: PictureSource, builtOn: string): string {
  const contents = guides.map(({ title }, index) => `<li>${index + 1}. ${escapeHtml(title)}</li>`).join('');
  const cover = `<section class="cover"><h1>${GUIDE_TITLE}</h1><p>Trang thông tin điện tử của xã, phường</p><ul class="contents">${contents}</ul><p>Bản ngày ${escapeHtml(builtOn)}</p></section>`;
  const chapters = guides.map((guide) => `<section class="chapter">${blocksHtml(guide.blocks, source)}</section>`).join('\n');
  return document(GUIDE_TITLE, PRINT_CSS, `${cover}\n${chapters}`);
}

/**
 * Training slides: a title slide, then per role a divider and one slide per numbered step. A
 * screenshot taller than wide (a long page captured whole) shows its top, as the screen did; the
 * others show whole.
 */
export function deckDocument(guides: RoleGuide[], source: PictureSource, builtOn: string, isTall: (name: string) => boolean): string {
  const slides = [
    `<section class="slide title-slide"><h1>Tập huấn sử dụng trang quản trị</h1><p>Trang thông tin điện tử của xã, phường · ${escapeHtml(builtOn)}</p></section>`,
  ];
  for (const guide of guides) {
    const steps = stepsOf(guide.blocks);
    slides.push(`<section class="slide role-slide"><h1>${escapeHtml(guide.title)}</h1><p>${steps.length} bước</p></section>`);
    for (const step of steps) {
      const pictures = step.pictures.map((picture) => {
        const src = source(picture.name);
        const caption = escapeHtml(picture.caption);
        if (src === null) return `<div class="missing">Chưa có ảnh: ${caption}</div>`;
        return `<figure><img class="${isTall(picture.name) ? 'top' : 'whole'}" src="${escapeHtml(src)}" alt="${caption}"><figcaption>${caption}</figcaption></figure>`;
      });
      slides.push(
        `<section class="slide${pictures.length > 0 ? '' : ' words-only'}"><p class="where">${escapeHtml(guide.role.label)} · ${escapeHtml(step.section)}</p><h2>${step.number}. ${escapeHtml(plainText(step.text))}</h2>` +
          (pictures.length > 0 ? `<div class="pictures">${pictures.join('')}</div>` : '') +
          '</section>',
      );
    }
  }
  return document('Tập huấn sử dụng trang quản trị', DECK_CSS, slides.join('\n'));
}
