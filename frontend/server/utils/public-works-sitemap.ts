/**
 * The sitemap's addresses of the plan, investment project and bidding notice sections: each
 * list page (with its newest change) and every entry's page.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { noticePath, projectPath } from './investment-content';
import { planPath } from './plan-content';
import { readAll, type SitemapPath } from './sitemap';

function newest(rows: readonly { updatedAt?: string | null }[]): string | null {
  return rows.reduce<string | null>((latest, row) => (row.updatedAt && (!latest || row.updatedAt > latest) ? row.updatedAt : latest), null);
}

export async function publicWorksSitemapPaths(event: H3Event, commune: PublicCommune): Promise<SitemapPath[]> {
  const [plans, projects, notices] = await Promise.all([
    readAll(event, commune, '/api/plans', { fields: ['slug', 'updatedAt'] }),
    readAll(event, commune, '/api/investment-projects', { fields: ['slug', 'updatedAt'] }),
    readAll(event, commune, '/api/bidding-notices', { fields: ['slug', 'updatedAt'] }),
  ]);
  const entry = (path: string, lastmod: string | null | undefined): SitemapPath => ({ path, lastmod: lastmod ?? null });
  return [
    entry('/quy-hoach-ke-hoach', newest(plans)),
    ...plans.map((row) => entry(planPath(row), row.updatedAt)),
    entry('/dau-tu-dau-thau', newest([...projects, ...notices])),
    ...projects.map((row) => entry(projectPath(row), row.updatedAt)),
    ...notices.map((row) => entry(noticePath(row), row.updatedAt)),
  ];
}
