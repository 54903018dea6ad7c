/**
 * Seeds one demo commune, idempotently: every entry is looked up by a stable key (code, slug,
 * number/symbol, name) and created only when missing. A second run creates nothing.
 */
import type { Core } from '@strapi/strapi';
import { administrativePdf, bannerJpeg, landscapeJpeg, logoPng } from './assets';
import { parseDocumentNumber, parseNumberAndSymbol } from '../../src/domain/document-number';
import { toBlocks } from './blocks';
import { backdate, docs, findExisting, type Data, type Row } from './documents-api';
import type { SeedArticle, SeedCommune, SeedDocument, SeedPage } from './types';
import { assignMediaToCommune, uploadBuffer } from './upload';
import { seedPublicWorks } from './seed-public-works';
import type { DemoCommune } from './content/load';
import { seedDisclosure } from './seed-disclosure';
import { withRequiredSections } from '../provision/menu';
import { seedUrgentNotices } from './seed-urgent-notices';
import { seedCitizenVoice } from './seed-citizen-voice';

export const UIDS = {
  commune: 'plugin::commune-tenancy.commune',
  category: 'api::category.category',
  article: 'api::article.article',
  document: 'api::document.document',
  procedure: 'api::procedure.procedure',
  official: 'api::official.official',
  contact: 'api::contact.contact',
  page: 'api::page.page',
  settings: 'api::site-setting.site-setting',
  plan: 'api::plan.plan',
  investmentProject: 'api::investment-project.investment-project',
  biddingNotice: 'api::bidding-notice.bidding-notice',
  questionAnswer: 'api::question-answer.question-answer',
  consultation: 'api::consultation.consultation',
} as const;

export type SeedKind = keyof typeof UIDS;

export class SeedTally {
  readonly created: Partial<Record<SeedKind, number>> = {};
  readonly existing: Partial<Record<SeedKind, number>> = {};

  count(kind: SeedKind, created: boolean): void {
    const bucket = created ? this.created : this.existing;
    bucket[kind] = (bucket[kind] ?? 0) + 1;
  }

  get totalCreated(): number {
    return Object.values(this.created).reduce((sum, value) => sum + value, 0);
  }
}

const VI_MONTH_DATE = (iso: string, place: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
};

/** Documents appear on the site the day they are issued, at 9 o'clock Vietnam time (02:00 UTC). */
const publicationOf = (isoDate: string): Date => new Date(`${isoDate}T02:00:00.000Z`);

/** The commune whose media library the files being uploaded belong to. */
const media: { communeId?: number } = {};

export async function seedCommune(strapi: Core.Strapi, demo: DemoCommune, tally: SeedTally): Promise<void> {
  const seed = demo.commune;
  const commune = await upsertCommune(strapi, seed, tally);
  const scoped = (data: Data): Data => ({ ...data, commune: commune.documentId });
  media.communeId = commune.id;
  const categoryIds = await seedCategories(strapi, seed, scoped, tally);
  await seedArticles(strapi, seed, scoped, categoryIds, tally);
  const documentIds = await seedDocuments(strapi, seed, commune, scoped, tally);
  await seedProcedures(strapi, seed, scoped, documentIds, tally);
  await seedPeople(strapi, seed, commune, scoped, tally);
  await seedPages(strapi, seed, commune, scoped, tally);
  await seedSettings(strapi, seed, commune, tally);
  await seedPublicWorks(strapi, seed, demo.publicWorks, commune, scoped, documentIds, tally);
  await seedDisclosure(strapi, demo.disclosure, { commune, scoped, documentIds, mediaCommuneId: commune.id });
  await seedUrgentNotices(strapi, demo.urgentNotices, scoped);
  await seedCitizenVoice(strapi, seed, demo.citizenVoice, commune, scoped, documentIds, tally);
}

async function upsertCommune(strapi: Core.Strapi, seed: SeedCommune, tally: SeedTally): Promise<Row> {
  const found = await findExisting(strapi, UIDS.commune, { code: seed.code });
  tally.count('commune', !found);
  if (found) {
    await addMissingLogo(strapi, seed, found);
    return found;
  }
  const banner = await uploadBuffer(strapi, {
    buffer: await bannerJpeg(`${seed.slug}-banner`, seed.themeColor),
    fileName: `${seed.slug}-banner.jpg`,
    mime: 'image/jpeg',
    alternativeText: `Ảnh phong cảnh ${seed.name}`,
  });
  const created = await docs(strapi, UIDS.commune).create({
    data: {
      name: seed.name,
      shortName: seed.shortName,
      slug: seed.slug,
      code: seed.code,
      province: seed.province,
      primaryDomain: seed.primaryDomain,
      domainAliases: seed.domainAliases,
      siteStatus: 'active',
      themeColor: seed.themeColor,
      address: seed.address,
      phone: seed.phone,
      fax: seed.fax,
      email: seed.email,
      contentResponsible: seed.contentResponsible,
      reuseNote: seed.reuseNote,
      banner: banner.id,
    },
  });
  await assignMediaToCommune(strapi, banner.id, created.id);
  await addMissingLogo(strapi, seed, created);
  return created;
}

/**
 * The logo is added to a commune that has none, also on a database seeded before demo logos
 * existed; a logo the province chose in the admin panel is never replaced.
 */
async function addMissingLogo(strapi: Core.Strapi, seed: SeedCommune, commune: Row): Promise<void> {
  if (!seed.logoAlt) return;
  const current = await docs(strapi, UIDS.commune).findFirst({ filters: { documentId: commune.documentId }, populate: ['logo'] });
  if (current?.logo) return;
  const logo = await uploadBuffer(strapi, {
    buffer: await logoPng(`${seed.slug}-logo`, seed.themeColor),
    fileName: `${seed.slug}-logo.png`,
    mime: 'image/png',
    alternativeText: seed.logoAlt,
    communeId: commune.id,
  });
  await docs(strapi, UIDS.commune).update({ documentId: commune.documentId, data: { logo: logo.id } });
}

async function seedCategories(
  strapi: Core.Strapi,
  seed: SeedCommune,
  scoped: (data: Data) => Data,
  tally: SeedTally,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Parents first, so that children can point at them.
  const ordered = [...seed.categories].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const [order, category] of ordered.entries()) {
    const found = await findExisting(strapi, UIDS.category, { slug: category.slug, commune: { documentId: scoped({}).commune } });
    tally.count('category', !found);
    const row =
      found ??
      (await docs(strapi, UIDS.category).create({
        data: scoped({
          name: category.name,
          slug: category.slug,
          description: category.description,
          order: order + 1,
          parent: category.parent ? ids.get(category.parent) : undefined,
        }),
      }));
    ids.set(category.slug, row.documentId);
  }
  return ids;
}

async function figure(strapi: Core.Strapi, key: string, alt: string, caption?: string): Promise<Data> {
  const image = await uploadBuffer(strapi, {
    buffer: await landscapeJpeg(key),
    fileName: `${key}.jpg`,
    mime: 'image/jpeg',
    alternativeText: alt,
    caption,
    communeId: media.communeId,
  });
  return { image: image.id, alt, caption };
}

async function seedArticles(
  strapi: Core.Strapi,
  seed: SeedCommune,
  scoped: (data: Data) => Data,
  categories: Map<string, string>,
  tally: SeedTally,
): Promise<void> {
  for (const article of seed.articles) {
    const found = await findExisting(strapi, UIDS.article, { slug: article.slug, commune: { documentId: scoped({}).commune } });
    tally.count('article', !found);
    if (found) continue;
    const created = await docs(strapi, UIDS.article).create({
      data: scoped(await articleData(strapi, seed, article, categories)),
      status: 'published',
    });
    await backdate(strapi, UIDS.article, created.documentId, new Date(article.publishedAt));
  }
}

async function articleData(strapi: Core.Strapi, seed: SeedCommune, article: SeedArticle, categories: Map<string, string>): Promise<Data> {
  const category = categories.get(article.category);
  if (!category) throw new Error(`Article ${article.slug} of ${seed.slug} names an unknown category ${article.category}`);
  const gallery: Data[] = [];
  for (const [index, alt] of (article.gallery ?? []).entries())
    gallery.push(await figure(strapi, `${seed.slug}-${article.slug}-${index + 1}`, alt));
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    body: toBlocks(article.body),
    cover: await figure(strapi, `${seed.slug}-${article.slug}`, article.coverAlt, article.coverLabel),
    gallery,
    category,
    kind: article.kind,
    featured: article.featured ?? false,
    authorName: article.authorName,
    source: article.source,
    tags: article.tags,
  };
}

/** The canonical written form, as the document validation stores it ("08-NQ/ĐU", "239/BC-UBND"). */
const written = (document: SeedDocument): string => {
  const parsed = parseNumberAndSymbol(document.number, document.symbol);
  if (!parsed.ok) throw new Error(`Demo document ${document.number}/${document.symbol}: ${parsed.error}`);
  return parsed.value.written;
};

/**
 * A reference to another demo document, written as `${number}/${symbol}` in the data (so
 * "08/NQ/ĐU" for the Party's "08-NQ/ĐU"): read the same way as the documents themselves.
 */
const canonical = (reference: string): string => {
  const slash = reference.indexOf('/');
  const parsed = slash > 0 ? parseNumberAndSymbol(reference.slice(0, slash), reference.slice(slash + 1)) : parseDocumentNumber(reference);
  return parsed.ok ? parsed.value.written : reference;
};

async function seedDocuments(
  strapi: Core.Strapi,
  seed: SeedCommune,
  commune: Row,
  scoped: (data: Data) => Data,
  tally: SeedTally,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const createdNow: SeedDocument[] = [];
  for (const document of seed.documents) {
    const found = await findExisting(strapi, UIDS.document, {
      numberSymbol: written(document),
      issuingBody: document.issuingBody,
      commune: { documentId: commune.documentId },
    });
    tally.count('document', !found);
    if (found) {
      ids.set(written(document), found.documentId);
      await addMissingExpiry(strapi, found, document);
      continue;
    }
    const pdf = await administrativePdf({
      issuer: document.issuingBody.toUpperCase(),
      numberLine: `Số: ${written(document)}`,
      placeAndDate: VI_MONTH_DATE(document.issueDate, seed.shortName),
      title: document.documentType,
      subtitle: document.summary.length <= 160 ? document.summary : undefined,
      paragraphs: document.content,
      signerPosition: document.signerPosition.toUpperCase(),
      signer: document.signer,
    });
    const file = await uploadBuffer(strapi, {
      buffer: pdf,
      fileName: `${written(document).replace(/[^\p{L}\p{N}]+/gu, '-')}.pdf`,
      mime: 'application/pdf',
      caption: `${document.documentType} số ${written(document)}`,
      communeId: media.communeId,
    });
    const created = await docs(strapi, UIDS.document).create({
      data: scoped({
        number: document.number,
        symbol: document.symbol,
        documentType: document.documentType,
        issuingBody: document.issuingBody,
        signer: document.signer,
        signerPosition: document.signerPosition,
        issueDate: document.issueDate,
        effectiveDate: document.effectiveDate,
        expiryDate: document.expiryDate,
        field: document.field,
        summary: document.summary,
        files: [file.id],
      }),
      status: 'published',
    });
    ids.set(written(document), created.documentId);
    createdNow.push(document);
    await backdate(strapi, UIDS.document, created.documentId, publicationOf(document.issueDate));
  }
  // Relations between documents need both ends to exist: a second pass over what was just created.
  for (const document of createdNow) {
    if (!document.related?.length) continue;
    const documentId = ids.get(written(document));
    if (!documentId) continue;
    const relatedDocuments = document.related.map((relation) => {
      const target = ids.get(canonical(relation.numberSymbol));
      if (!target) throw new Error(`${written(document)} of ${seed.slug} relates to unknown document ${relation.numberSymbol}`);
      return { relationKind: relation.relationKind, document: target };
    });
    await docs(strapi, UIDS.document).update({ documentId, data: { relatedDocuments }, status: 'published' });
    await backdate(strapi, UIDS.document, documentId, publicationOf(document.issueDate));
  }
  return ids;
}

/**
 * A document the demo data later learned had ended (Decree 42/2022, replaced on 1 July 2026) gets
 * its expiry date on a database seeded before; an expiry date already there is left alone.
 */
async function addMissingExpiry(strapi: Core.Strapi, found: Row, document: SeedDocument): Promise<void> {
  if (!document.expiryDate || found.expiryDate) return;
  await docs(strapi, UIDS.document).update({
    documentId: found.documentId,
    data: { expiryDate: document.expiryDate },
    status: 'published',
  });
  // Republishing stamps "now"; the document was published the day it was issued (lists sort by it).
  await strapi.db.query(UIDS.document).updateMany({
    where: { documentId: found.documentId, publishedAt: { $notNull: true } },
    data: { publishedAt: publicationOf(document.issueDate) },
  });
}

async function seedProcedures(
  strapi: Core.Strapi,
  seed: SeedCommune,
  scoped: (data: Data) => Data,
  documents: Map<string, string>,
  tally: SeedTally,
): Promise<void> {
  for (const procedure of seed.procedures) {
    const found = await findExisting(strapi, UIDS.procedure, { code: procedure.code, commune: { documentId: scoped({}).commune } });
    tally.count('procedure', !found);
    if (found) continue;
    const forms: number[] = [];
    for (const title of procedure.forms ?? []) {
      const pdf = await administrativePdf({
        issuer: 'MẪU TỜ KHAI',
        title,
        paragraphs: [
          'Kính gửi: Ủy ban nhân dân ' + seed.name.replace(/^Xã /, 'xã '),
          'Họ, chữ đệm, tên người yêu cầu: ............................................................',
          'Nơi cư trú: .....................................................................................',
          'Giấy tờ tùy thân: ............................................................................',
          'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
        ],
        signerPosition: 'Người yêu cầu',
        signer: '(Ký, ghi rõ họ, chữ đệm, tên)',
      });
      const file = await uploadBuffer(strapi, {
        buffer: pdf,
        fileName: `${procedure.slug}-${forms.length + 1}.pdf`,
        mime: 'application/pdf',
        caption: title,
        communeId: media.communeId,
      });
      forms.push(file.id);
    }
    const legalBasisDocuments = (procedure.legalBasisDocuments ?? []).map((numberSymbol) => {
      const target = documents.get(canonical(numberSymbol));
      if (!target) throw new Error(`Procedure ${procedure.code} of ${seed.slug} cites unknown document ${numberSymbol}`);
      return target;
    });
    const created = await docs(strapi, UIDS.procedure).create({
      data: scoped({
        code: procedure.code,
        name: procedure.name,
        slug: procedure.slug,
        field: procedure.field,
        agency: procedure.agency,
        onlineLevel: procedure.onlineLevel,
        howToFile: toBlocks(procedure.howToFile),
        steps: toBlocks(procedure.steps),
        dossier: toBlocks(procedure.dossier),
        processingTime: procedure.processingTime,
        fees: procedure.fees,
        applicants: procedure.applicants,
        result: procedure.result,
        legalBasisText: procedure.legalBasisText,
        legalBasisDocuments,
        forms,
        onlineServiceUrl: procedure.onlineServiceUrl,
      }),
      status: 'published',
    });
    await backdate(strapi, UIDS.procedure, created.documentId, new Date('2026-01-05T02:00:00.000Z'));
  }
}

async function seedPeople(
  strapi: Core.Strapi,
  seed: SeedCommune,
  commune: Row,
  scoped: (data: Data) => Data,
  tally: SeedTally,
): Promise<void> {
  const inCommune = { commune: { documentId: commune.documentId } };
  for (const { biography, duties, ...official } of seed.officials) {
    const profile = { biography: biography?.join('\n'), duties: duties?.join('\n') };
    const found = await findExisting(strapi, UIDS.official, { fullName: official.fullName, ...inCommune });
    tally.count('official', !found);
    if (!found) await docs(strapi, UIDS.official).create({ data: scoped({ ...official, ...profile }) });
    else await addMissingProfile(strapi, found, profile);
  }
  for (const contact of seed.contacts) {
    const found = await findExisting(strapi, UIDS.contact, { unitName: contact.unitName, ...inCommune });
    tally.count('contact', !found);
    if (!found) await docs(strapi, UIDS.contact).create({ data: scoped({ ...contact }) });
  }
}

/**
 * Officials seeded before leaders had pages of their own get the biography, the duties and the
 * slug (made from the name by the slug middleware) once; what an editor wrote is never replaced.
 */
async function addMissingProfile(strapi: Core.Strapi, found: Row, profile: { biography?: string; duties?: string }): Promise<void> {
  const missing: Data = {};
  if (!found.biography && profile.biography) missing.biography = profile.biography;
  if (!found.duties && profile.duties) missing.duties = profile.duties;
  if (Object.keys(missing).length === 0 && found.slug) return;
  await docs(strapi, UIDS.official).update({ documentId: found.documentId, data: missing });
}

async function seedPages(
  strapi: Core.Strapi,
  seed: SeedCommune,
  commune: Row,
  scoped: (data: Data) => Data,
  tally: SeedTally,
): Promise<void> {
  for (const page of seed.pages) {
    const found = await findExisting(strapi, UIDS.page, { section: page.section, commune: { documentId: commune.documentId } }, 'vi');
    tally.count('page', !found);
    if (found) continue;
    const map = page.section === 'boundary_map' ? await boundaryMap(strapi, seed, page) : undefined;
    const created = await docs(strapi, UIDS.page).create({
      locale: 'vi',
      data: scoped({
        title: page.title,
        slug: page.slug,
        section: page.section,
        summary: page.summary,
        body: toBlocks(page.body),
        order: page.order,
        map,
        mapGeoJson: page.mapGeoJson,
      }),
      status: 'published',
    });
    if (page.en) {
      await docs(strapi, UIDS.page).update({
        documentId: created.documentId,
        locale: 'en',
        data: scoped({
          title: page.en.title,
          slug: page.en.slug,
          section: page.section,
          summary: page.en.summary,
          body: toBlocks(page.en.body),
          order: page.order,
        }),
        status: 'published',
      });
    }
    await backdate(strapi, UIDS.page, created.documentId, new Date('2026-01-02T02:00:00.000Z'));
  }
}

async function boundaryMap(strapi: Core.Strapi, seed: SeedCommune, page: SeedPage): Promise<number> {
  const file = await uploadBuffer(strapi, {
    buffer: await landscapeJpeg(`${seed.slug}-map`, 1000, 1000),
    fileName: `${seed.slug}-ban-do-dia-gioi.jpg`,
    mime: 'image/jpeg',
    alternativeText: `${page.title}: bản đồ minh họa ranh giới hành chính ${seed.name}`,
    communeId: media.communeId,
  });
  return file.id;
}

async function seedSettings(strapi: Core.Strapi, seed: SeedCommune, commune: Row, tally: SeedTally): Promise<void> {
  const found = await findExisting(strapi, UIDS.settings, { commune: { documentId: commune.documentId } });
  tally.count('settings', !found);
  if (found) {
    await addRequiredMenuSections(strapi, found);
    return;
  }
  await docs(strapi, UIDS.settings).create({
    data: {
      siteTitle: seed.settings.siteTitle,
      menu: withRequiredSections(seed.settings.menu.map((item) => ({ label: item.label, url: item.url, children: item.children ?? [] })))
        .menu,
      featuredLinks: seed.settings.featuredLinks,
      footerText: seed.settings.footerText,
      commune: commune.documentId,
    },
  });
}

interface StoredMenuItem {
  label: string;
  url: string;
  children?: Array<{ label: string; url: string; description?: string | null }>;
}

/**
 * A commune seeded before a section existed gets its menu entry (provision/menu.ts): only what
 * is missing is added, an editor's own entries stay as they are, and a second run changes nothing.
 */
async function addRequiredMenuSections(strapi: Core.Strapi, settings: Row): Promise<void> {
  const current = await docs(strapi, UIDS.settings).findFirst({
    filters: { documentId: settings.documentId },
    populate: { menu: { populate: ['children'] } },
  });
  const menu = ((current?.menu ?? []) as StoredMenuItem[]).map((item) => ({
    label: item.label,
    url: item.url,
    children: (item.children ?? []).map((child) => ({
      label: child.label,
      url: child.url,
      ...(child.description ? { description: child.description } : {}),
    })),
  }));
  const merged = withRequiredSections(menu);
  if (merged.added > 0) await docs(strapi, UIDS.settings).update({ documentId: settings.documentId, data: { menu: merged.menu } });
}
