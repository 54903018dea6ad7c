/**
 * The guide's CSS, written into every page (the pages stay self-contained: no script, no font or
 * style sheet from elsewhere). Fonts are those on the reader's machine; DejaVu Sans, which
 * Debian's Chromium has, carries every Vietnamese letter for the PDFs.
 */
const FONTS = `font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;`;

export const SCREEN_CSS = `
body { ${FONTS} margin: 0; color: #212134; background: #f6f6f9; line-height: 1.6; font-size: 17px; }
nav { background: #1d3d8f; padding: 0.6rem 1rem; }
nav a { color: #fff; margin-right: 1.2rem; text-decoration: none; font-weight: 600; white-space: nowrap; }
nav a[aria-current="page"] { text-decoration: underline; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; background: #fff; }
h1 { font-size: 1.8rem; line-height: 1.3; color: #1d3d8f; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 2px solid #dcdce4; padding-bottom: 0.3rem; }
ol, ul { padding-left: 1.6rem; }
li { margin-bottom: 1.2rem; }
li > p { margin: 0 0 0.5rem; }
code { background: #f0f0f5; padding: 0 0.25rem; border-radius: 3px; }
figure { margin: 0.5rem 0 1rem; }
figure img { max-width: 100%; height: auto; border: 1px solid #c0c0cf; border-radius: 4px; box-shadow: 0 1px 4px rgba(33,33,52,0.1); }
figcaption { font-size: 0.9rem; color: #666687; font-style: italic; margin-top: 0.2rem; }
.missing { border: 2px dashed #d02b20; background: #fcecea; color: #b72b1a; padding: 2rem 1rem; text-align: center; border-radius: 4px; }
.downloads a { display: inline-block; margin: 0.3rem 1rem 0.3rem 0; padding: 0.5rem 1rem; background: #4945ff; color: #fff; border-radius: 4px; text-decoration: none; font-weight: 600; }
.roles-list li { margin-bottom: 0.6rem; }
`;

/** The whole guide on A4, one role per chapter, pictures shrunk to fit a page. */
export const PRINT_CSS = `
@page { size: A4; margin: 15mm 15mm 18mm; }
body { ${FONTS} color: #000; font-size: 11.5pt; line-height: 1.5; margin: 0; }
.cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 28pt; color: #1d3d8f; margin: 0 0 8mm; }
.cover p { font-size: 13pt; }
.cover .contents { list-style: none; padding: 0; font-size: 13pt; }
.chapter { break-before: page; }
h1 { font-size: 20pt; color: #1d3d8f; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
ol, ul { padding-left: 7mm; }
li { margin-bottom: 3mm; }
li > p { margin: 0 0 2mm; }
figure { margin: 1mm 0 3mm; break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 150mm; object-fit: contain; object-position: left top; border: 0.3mm solid #999; }
figcaption { font-size: 9.5pt; color: #444; font-style: italic; }
.missing { border: 0.5mm dashed #b72b1a; color: #b72b1a; padding: 10mm; text-align: center; }
`;

/** Training slides: 16:9 landscape, one step per slide, the screenshot's top (what the screen showed). */
export const DECK_CSS = `
@page { size: 297mm 167mm; margin: 0; }
body { ${FONTS} margin: 0; color: #212134; }
.slide { width: 297mm; height: 167mm; box-sizing: border-box; padding: 8mm 12mm; break-after: page; display: flex; flex-direction: column; overflow: hidden; }
.slide:last-child { break-after: auto; }
.where { font-size: 11pt; color: #4945ff; font-weight: 600; margin: 0; }
.slide h2 { font-size: 18pt; line-height: 1.3; margin: 2mm 0 4mm; }
.pictures { flex: 1; min-height: 0; display: flex; gap: 5mm; }
.pictures figure { flex: 1; min-width: 0; margin: 0; display: flex; flex-direction: column; }
.pictures img { flex: 1; min-height: 0; width: 100%; object-position: left top; }
.pictures img.top { object-fit: cover; border: 0.3mm solid #999; }
.pictures img.whole { object-fit: contain; object-position: center top; }
.words-only { justify-content: center; padding: 8mm 30mm; }
.words-only h2 { font-size: 26pt; }
.pictures figcaption { font-size: 9pt; color: #666687; font-style: italic; }
.missing { flex: 1; border: 0.6mm dashed #b72b1a; color: #b72b1a; display: flex; align-items: center; justify-content: center; font-size: 14pt; }
.title-slide, .role-slide { justify-content: center; background: #1d3d8f; color: #fff; }
.title-slide h1 { font-size: 34pt; margin: 0 0 6mm; }
.role-slide h1 { font-size: 30pt; margin: 0; }
.title-slide p, .role-slide p { font-size: 15pt; }
`;
