/**
 * Demo pictures and PDFs are generated at seed time instead of shipped: the repository stays
 * small and every file is unique. Pictures are abstract landscapes (no text, so no font is
 * needed); PDFs follow the layout of a Vietnamese administrative document (Decree 30/2020).
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

/** A deterministic number stream from a seed string, so re-seeding draws the same pictures. */
function numbers(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest();
  let index = 0;
  return () => {
    if (index >= state.length) {
      state = createHash('sha256').update(state).digest();
      index = 0;
    }
    const value = state[index] ?? 0;
    index += 1;
    return value / 255;
  };
}

const hsl = (hue: number, saturation: number, lightness: number): string =>
  `hsl(${Math.round(hue)},${Math.round(saturation)}%,${Math.round(lightness)}%)`;

/** A 1200×675 (16:9) JPEG picture: sky, sun, layered hills and rice-field stripes. */
export async function landscapeJpeg(seed: string, width = 1200, height = 675): Promise<Buffer> {
  const next = numbers(seed);
  const hue = 80 + next() * 80; // greens to teals
  const skyHue = 190 + next() * 30;
  const hills = Array.from({ length: 4 }, (_, layer) => {
    const base = height * (0.45 + layer * 0.13);
    const points: string[] = [`0,${height}`];
    for (let x = 0; x <= width; x += width / 8) points.push(`${Math.round(x)},${Math.round(base - next() * height * 0.18)}`);
    points.push(`${width},${height}`);
    return `<polygon points="${points.join(' ')}" fill="${hsl(hue + layer * 8, 35 + layer * 8, 42 - layer * 7)}"/>`;
  }).join('');
  const stripes = Array.from({ length: 6 }, (_, row) => {
    const y = height * 0.84 + row * 18;
    return `<rect x="0" y="${Math.round(y)}" width="${width}" height="8" fill="${hsl(hue + 10, 50, 30 + next() * 10)}" opacity="0.6"/>`;
  }).join('');
  const sunX = Math.round(width * (0.15 + next() * 0.7));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(skyHue, 60, 62)}"/><stop offset="1" stop-color="${hsl(skyHue - 20, 55, 85)}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="${Math.round(height * 0.22)}" r="${Math.round(height * 0.08)}" fill="${hsl(45, 95, 70)}"/>
    ${hills}${stripes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toBuffer();
}

/** A wide banner in the commune's colour, with a faint landscape. */
export async function bannerJpeg(seed: string, color: string): Promise<Buffer> {
  const picture = await landscapeJpeg(seed, 1600, 320);
  const tint = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="320"><rect width="1600" height="320" fill="${color}" opacity="0.55"/></svg>`,
  );
  return sharp(picture)
    .composite([{ input: tint }])
    .jpeg({ quality: 70, mozjpeg: true })
    .toBuffer();
}

/**
 * A 160×160 round seal in the commune's colour: a white disc with hills and a rising sun, no
 * text (the site writes the commune's name next to it). Small enough for every page's header.
 */
export async function logoPng(seed: string, color: string): Promise<Buffer> {
  const next = numbers(seed);
  const peak = Math.round(60 + next() * 40);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">
    <circle cx="80" cy="80" r="78" fill="${color}"/>
    <circle cx="80" cy="80" r="64" fill="#ffffff"/>
    <circle cx="80" cy="70" r="18" fill="#f2b705"/>
    <polygon points="22,112 ${peak},62 104,104 122,84 140,112" fill="${color}"/>
    <rect x="22" y="112" width="118" height="6" fill="${color}"/>
    <rect x="34" y="124" width="92" height="5" rx="2" fill="${color}" opacity="0.7"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 32, compressionLevel: 9 }).toBuffer();
}

export interface PdfLetter {
  /** "ỦY BAN NHÂN DÂN XÃ KHÁNH KHÊ" — the issuing body, upper case, top left. */
  issuer: string;
  /** "Số: 239/BC-UBND" line under the issuer; omitted for forms. */
  numberLine?: string;
  /** "Khánh Khê, ngày 14 tháng 3 năm 2025" — place and date, top right. */
  placeAndDate?: string;
  /** Document type and subject, centred: "BÁO CÁO", "Về việc …". */
  title: string;
  subtitle?: string;
  paragraphs: string[];
  signerPosition?: string;
  signer?: string;
}

let fontPaths: { regular: string; bold: string } | null = null;
function fonts(): { regular: string; bold: string } {
  // DejaVu covers every Vietnamese letter; pdfkit embeds only the glyphs used.
  fontPaths ??= {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  };
  return fontPaths;
}

/** Renders a one- or two-page A4 PDF whose text layer is real text (searchable, extractable). */
export function administrativePdf(letter: PdfLetter): Promise<Buffer> {
  const { regular, bold } = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 85, right: 56 },
    info: { Title: letter.subtitle ? `${letter.title} ${letter.subtitle}` : letter.title, Author: letter.issuer },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = 85;
  const columnWidth = 220;
  const rightX = left + columnWidth + 10;
  const rightWidth = doc.page.width - rightX - 56;
  const top = doc.y;
  doc.font(bold).fontSize(11).text(letter.issuer, left, top, { width: columnWidth, align: 'center' });
  if (letter.numberLine)
    doc
      .font(regular)
      .fontSize(11)
      .text(letter.numberLine, left, doc.y + 6, { width: columnWidth, align: 'center' });
  const leftBottom = doc.y;
  doc.font(bold).fontSize(11).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc
    .font(bold)
    .fontSize(11)
    .text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y + 2, { width: rightWidth, align: 'center', underline: true });
  if (letter.placeAndDate)
    doc
      .font(regular)
      .fontSize(11)
      .text(letter.placeAndDate, rightX, doc.y + 10, { width: rightWidth, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 28;

  const bodyWidth = doc.page.width - left - 56;
  doc.font(bold).fontSize(13).text(letter.title.toUpperCase(), left, doc.y, { width: bodyWidth, align: 'center' });
  if (letter.subtitle)
    doc
      .font(bold)
      .fontSize(12)
      .text(letter.subtitle, left, doc.y + 4, { width: bodyWidth, align: 'center' });
  doc.moveDown(1.2);
  for (const paragraph of letter.paragraphs) {
    doc.font(regular).fontSize(12).text(paragraph, left, doc.y, { width: bodyWidth, align: 'justify', indent: 28, lineGap: 3 });
    doc.moveDown(0.5);
  }
  if (letter.signer) {
    doc.moveDown(1.5);
    const signX = left + bodyWidth / 2;
    doc
      .font(bold)
      .fontSize(12)
      .text(letter.signerPosition ?? '', signX, doc.y, { width: bodyWidth / 2, align: 'center' });
    doc.moveDown(3);
    doc
      .font(bold)
      .fontSize(12)
      .text(letter.signer, signX, doc.y, { width: bodyWidth / 2, align: 'center' });
  }
  doc.end();
  return done;
}
