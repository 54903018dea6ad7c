/**
 * The sitemap's addresses of the citizens' voice: the published questions and answers, the
 * consultations, the question form and the privacy notice. The tracking page is not listed
 * (its addresses are citizens' codes).
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { consultationPath, questionPath } from './citizen-voice-content';
import { readAll, type SitemapPath } from './sitemap';

function newest(rows: readonly { updatedAt?: string | null }[]): string | null {
  return rows.reduce<string | null>((latest, row) => (row.updatedAt && (!latest || row.updatedAt > latest) ? row.updatedAt : latest), null);
}

export async function citizenVoiceSitemapPaths(event: H3Event, commune: PublicCommune): Promise<SitemapPath[]> {
  const [questions, consultations] = await Promise.all([
    readAll(event, commune, '/api/question-answers', { fields: ['slug', 'updatedAt'] }),
    readAll(event, commune, '/api/consultations', { fields: ['slug', 'updatedAt'] }),
  ]);
  const entry = (path: string, lastmod: string | null | undefined): SitemapPath => ({ path, lastmod: lastmod ?? null });
  return [
    entry('/hoi-dap', newest(questions)),
    ...questions.map((row) => entry(questionPath(row), row.updatedAt)),
    entry('/hoi-dap/gui-cau-hoi', null),
    entry('/lay-y-kien', newest(consultations)),
    ...consultations.map((row) => entry(consultationPath(row), row.updatedAt)),
    entry('/bao-ve-du-lieu-ca-nhan', null),
  ];
}
