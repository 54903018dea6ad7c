/**
 * Seeds a demo commune's plans, public investment projects and bidding notices, idempotently
 * (each looked up by its slug in the commune) and published, as the rest of the demo content.
 */
import type { Core } from '@strapi/strapi';
import { administrativePdf, landscapeJpeg } from './assets';
import { toBlocks } from './blocks';
import { backdate, docs, findExisting, type Data, type Row } from './documents-api';
import type { SeedPublicWorks } from './public-works-types';
import { UIDS, type SeedTally } from './seed-commune';
import type { SeedCommune } from './types';
import { uploadBuffer } from './upload';

/** Entries appear on the site at 9 o'clock Vietnam time (02:00 UTC) of their day. */
const at9 = (isoDate: string): Date => new Date(`${isoDate}T02:00:00.000Z`);

const VI_DATE = (iso: string, place: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
};

export async function seedPublicWorks(
  strapi: Core.Strapi,
  seed: SeedCommune,
  works: SeedPublicWorks,
  commune: Row,
  scoped: (data: Data) => Data,
  documents: Map<string, string>,
  tally: SeedTally,
): Promise<void> {
  const inCommune = { commune: { documentId: commune.documentId } };
  const documentOf = (numberSymbol: string | undefined, owner: string): string | undefined => {
    if (!numberSymbol) return undefined;
    const id = documents.get(numberSymbol);
    if (!id) throw new Error(`${owner} of ${seed.slug} names unknown approving document ${numberSymbol}`);
    return id;
  };
  const pdf = async (key: string, title: string, subtitle: string, paragraphs: string[], date: string): Promise<number> => {
    const buffer = await administrativePdf({
      issuer: `ỦY BAN NHÂN DÂN ${seed.name.toUpperCase()}`,
      placeAndDate: VI_DATE(date, seed.shortName),
      title,
      subtitle,
      paragraphs,
      signerPosition: 'TM. ỦY BAN NHÂN DÂN',
      signer: 'Chủ tịch',
    });
    const file = await uploadBuffer(strapi, {
      buffer,
      fileName: `${key}.pdf`,
      mime: 'application/pdf',
      caption: `${title}: ${subtitle}`,
      communeId: commune.id,
    });
    return file.id;
  };

  for (const plan of works.plans) {
    const found = await findExisting(strapi, UIDS.plan, { slug: plan.slug, ...inCommune });
    tally.count('plan', !found);
    if (found) continue;
    const text = plan.body.filter((item): item is string => typeof item === 'string');
    const files = [await pdf(`${seed.slug}-${plan.slug}`, plan.planKind, plan.title, [plan.summary, ...text], plan.published)];
    const maps: number[] = [];
    if (plan.mapAlt) {
      const map = await uploadBuffer(strapi, {
        buffer: await landscapeJpeg(`${seed.slug}-${plan.slug}-map`, 1200, 900),
        fileName: `${seed.slug}-${plan.slug}-ban-do.jpg`,
        mime: 'image/jpeg',
        alternativeText: plan.mapAlt,
        communeId: commune.id,
      });
      maps.push(map.id);
    }
    const created = await docs(strapi, UIDS.plan).create({
      data: scoped({
        title: plan.title,
        slug: plan.slug,
        planKind: plan.planKind,
        field: plan.field,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        planStatus: plan.planStatus,
        approvingDocument: documentOf(plan.approvingDocument, `Plan ${plan.slug}`),
        summary: plan.summary,
        body: toBlocks(plan.body),
        files,
        maps,
        reports: (plan.reports ?? []).map((report) => ({ ...report })),
      }),
      status: 'published',
    });
    await backdate(strapi, UIDS.plan, created.documentId, at9(plan.published));
  }

  const projectIds = new Map<string, string>();
  for (const project of works.projects) {
    const found = await findExisting(strapi, UIDS.investmentProject, { slug: project.slug, ...inCommune });
    tally.count('investmentProject', !found);
    if (found) {
      projectIds.set(project.slug, found.documentId);
      continue;
    }
    const created = await docs(strapi, UIDS.investmentProject).create({
      data: scoped({
        name: project.name,
        slug: project.slug,
        investor: project.investor,
        totalCapital: project.totalCapital,
        capitalSource: project.capitalSource,
        location: project.location,
        startYear: project.startYear,
        endYear: project.endYear,
        projectStatus: project.projectStatus,
        approvingDocument: documentOf(project.approvingDocument, `Project ${project.slug}`),
        summary: project.summary,
        progress: project.progress.map((update) => ({ ...update })),
      }),
      status: 'published',
    });
    projectIds.set(project.slug, created.documentId);
    await backdate(strapi, UIDS.investmentProject, created.documentId, at9(project.published));
  }

  for (const notice of works.notices) {
    const found = await findExisting(strapi, UIDS.biddingNotice, { slug: notice.slug, ...inCommune });
    tally.count('biddingNotice', !found);
    if (found) continue;
    const project = notice.project ? projectIds.get(notice.project) : undefined;
    if (notice.project && !project) throw new Error(`Notice ${notice.slug} of ${seed.slug} names unknown project ${notice.project}`);
    const file = await pdf(`${seed.slug}-${notice.slug}`, notice.noticeKind, notice.title, notice.content, notice.noticeDate);
    const created = await docs(strapi, UIDS.biddingNotice).create({
      data: scoped({
        title: notice.title,
        slug: notice.slug,
        noticeKind: notice.noticeKind,
        project,
        packageName: notice.packageName,
        packageValue: notice.packageValue,
        noticeDate: notice.noticeDate,
        closingDate: notice.closingDate,
        winner: notice.winner,
        contractValue: notice.contractValue,
        summary: notice.summary,
        files: [file],
      }),
      status: 'published',
    });
    await backdate(strapi, UIDS.biddingNotice, created.documentId, at9(notice.noticeDate));
  }
}
