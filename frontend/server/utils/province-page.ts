/**
 * The province host's home page: every active commune's site, as plain server-written HTML
 * (no script, no outside resource), with the addresses of the combined feeds and API.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { escapeHtml } from './maintenance';

export interface ProvincePageCommune {
  name: string;
  url: string;
  host: string;
}

export function provincePageHtml(province: string, communes: readonly ProvincePageCommune[]): string {
  const title = `Trang thông tin điện tử các xã, phường – ${province}`;
  const rows = communes
    .map(
      (commune) =>
        `<li><a href="${escapeHtml(commune.url)}">${escapeHtml(commune.name)}</a> <span>(${escapeHtml(commune.host)})</span></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/rss+xml" title="Tin tức các xã, phường" href="/rss/tin-tuc.xml">
<link rel="alternate" type="application/rss+xml" title="Văn bản các xã, phường" href="/rss/van-ban.xml"></head>
<body>
<header><p>${escapeHtml(province)}</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
<p>Có ${communes.length} xã, phường đang có trang thông tin điện tử.</p>
<ul>
${rows}
</ul>
<h2>Dữ liệu dùng chung cho Cổng thông tin điện tử của tỉnh</h2>
<ul>
<li><a href="/rss/tin-tuc.xml">Tin tức mới của các xã, phường (RSS)</a></li>
<li><a href="/rss/van-ban.xml">Văn bản mới của các xã, phường (RSS)</a></li>
<li><a href="/api/public/v1/news">Tin tức (JSON: page, pageSize, commune, category)</a></li>
<li><a href="/api/public/v1/documents">Văn bản (JSON: page, pageSize, commune)</a></li>
</ul>
</main>
</body>
</html>
`;
}
