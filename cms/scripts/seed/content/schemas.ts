/**
 * What the demo content files must hold, checked when they are read. Each schema is typed with
 * the seed's own interface (types.ts and the others), so the compiler checks that what a schema
 * accepts is what the seed takes; the schemas are strict, so a field the seed does not know is
 * refused rather than dropped. Rich text is written in the Markdown subset of markdown.ts.
 */
import { COMMENT_STATES, QUESTION_KINDS, QUESTION_TOPICS, REJECT_REASONS } from '@commune/citizen-voice/shared';
import { z } from 'zod';
import { DOCUMENT_TYPE_NAMES } from '../../../src/domain/document-number';
import type { SeedComment, SeedConsultation, SeedInboxQuestion, SeedPageRating, SeedQuestionAnswer } from '../citizen-voice-types';
import type { SeedBudgetCommune, SeedInfoAccess, SeedStatisticRow } from '../disclosure/types';
import type { ScheduleCast } from '../disclosure/schedule-template';
import type { VillagePopulation } from '../disclosure/statistics-template';
import type { SeedNotice, SeedPlan, SeedPlanReport, SeedProgressUpdate, SeedProject } from '../public-works-types';
import type { SeedUrgentNotice } from '../seed-urgent-notices';
import type {
  SeedArticle,
  SeedCategory,
  SeedCommune,
  SeedContact,
  SeedDocument,
  SeedLink,
  SeedOfficial,
  SeedPage,
  SeedProcedure,
  SeedRichText,
  SeedSiteSettings,
} from '../types';
import { MarkdownError, parseRichText } from './markdown';

const text = z.string().min(1);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a slug: lower-case letters, digits and single hyphens');

/** Rich text written in the Markdown subset (markdown.ts). */
export const richText: z.ZodType<SeedRichText, string> = z.string().transform((markdown, context) => {
  try {
    return parseRichText(markdown);
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    context.addIssue({ code: 'custom', message: `Markdown ${error.message}` });
    return z.NEVER;
  }
});

// commune.yaml

type CommuneFacts = Omit<
  SeedCommune,
  'categories' | 'articles' | 'documents' | 'procedures' | 'officials' | 'contacts' | 'pages' | 'settings'
>;

const communeFacts: z.ZodType<CommuneFacts> = z.strictObject({
  slug,
  name: text,
  shortName: text,
  code: z.string().regex(/^\d{5}$/u, 'expected five digits'),
  province: text,
  primaryDomain: text,
  domainAliases: z.array(text),
  themeColor: z.string().regex(/^#[0-9a-f]{6}$/iu, 'expected a colour such as #a51d24'),
  address: text,
  phone: text,
  fax: text,
  email: z.email(),
  contentResponsible: text,
  reuseNote: text,
  logoAlt: text.optional(),
});

const category: z.ZodType<SeedCategory> = z.strictObject({ slug, name: text, description: text.optional(), parent: slug.optional() });

const link: z.ZodType<SeedLink> = z.strictObject({ label: text, url: text, description: text.optional() });

/** The site settings as written: the menu is provisioning's default, plus `extraMenuItems`. */
export interface SettingsFile extends Omit<SeedSiteSettings, 'menu'> {
  /** Links after the default menu: what the demo adds to what a new commune gets. */
  extraMenuItems: SeedSiteSettings['menu'];
}

export const communeFile: z.ZodType<{ commune: CommuneFacts; categories: SeedCategory[]; settings: SettingsFile }> = z.strictObject({
  commune: communeFacts,
  categories: z.array(category).min(1),
  settings: z.strictObject({
    siteTitle: text,
    extraMenuItems: z.array(z.strictObject({ label: text, url: text, children: z.array(link).optional() })),
    featuredLinks: z.array(link),
    footerText: text,
  }),
});

// articles/<slug>.md and pages/<slug>.md, pages/<slug>.en.md: front matter (slug and body apart)

export const articleFrontMatter: z.ZodType<Omit<SeedArticle, 'slug' | 'body'>> = z.strictObject({
  title: text,
  summary: text,
  category: slug,
  kind: z.enum(['tin', 'bai']),
  featured: z.boolean().optional(),
  authorName: text.optional(),
  source: text.optional(),
  tags: text.optional(),
  coverAlt: text,
  coverLabel: text,
  gallery: z.array(text).max(3).optional(),
  publishedAt: isoDateTime,
});

export const pageFrontMatter: z.ZodType<Omit<SeedPage, 'slug' | 'body' | 'en' | 'mapGeoJson'> & { map?: string }> = z.strictObject({
  section: z.enum(['overview', 'history', 'natural_conditions', 'culture', 'organisation', 'boundary_map']),
  title: text,
  summary: text,
  order: z.number().int(),
  /** A GeoJSON file of the commune's folder (boundary map section). */
  map: z
    .string()
    .regex(/^[a-z0-9-]+\.geojson$/u, 'expected the name of a .geojson file of the same folder')
    .optional(),
});

export const englishPageFrontMatter: z.ZodType<{ slug: string; title: string; summary: string }> = z.strictObject({
  slug,
  title: text,
  summary: text,
});

export const geoJson: z.ZodType<Record<string, unknown>> = z.looseObject({
  type: z.enum(['FeatureCollection', 'Feature', 'Polygon', 'MultiPolygon']),
});

// documents.yaml, procedures.yaml, people.yaml

const numberSymbol = z.string().regex(/^[^/\s]+\/\S+$/u, 'expected a written number and symbol such as 12/NQ-HĐND');

const document: z.ZodType<SeedDocument> = z.strictObject({
  number: text,
  symbol: text,
  documentType: z.enum(DOCUMENT_TYPE_NAMES),
  issuingBody: text,
  signer: text.optional(),
  signerPosition: text,
  issueDate: isoDate,
  effectiveDate: isoDate.optional(),
  expiryDate: isoDate.optional(),
  field: text,
  summary: text.max(500),
  content: z.array(text).min(1),
  related: z
    .array(
      z.strictObject({
        numberSymbol,
        relationKind: z.enum(['Thay thế', 'Sửa đổi, bổ sung', 'Hướng dẫn', 'Căn cứ', 'Bãi bỏ', 'Bãi bỏ một phần']),
      }),
    )
    .optional(),
});
export const documentsFile = z.array(document);

const procedure: z.ZodType<SeedProcedure> = z.strictObject({
  code: z.string().regex(/^\d\.\d{6}$/u, 'expected a national procedure code such as 1.001612'),
  slug,
  name: text,
  field: text,
  agency: text,
  onlineLevel: z.enum(['Toàn trình', 'Một phần', 'Trực tiếp']),
  howToFile: richText,
  steps: richText,
  dossier: richText,
  processingTime: text,
  fees: text,
  applicants: text,
  result: text,
  legalBasisText: text,
  legalBasisDocuments: z.array(numberSymbol).optional(),
  forms: z.array(text).optional(),
  onlineServiceUrl: z.url().optional(),
});
export const proceduresFile = z.array(procedure);

const official: z.ZodType<SeedOfficial> = z.strictObject({
  fullName: text,
  position: text,
  positionEn: text,
  unit: text,
  phone: text,
  email: z.email(),
  order: z.number().int(),
  termStart: isoDate.optional(),
  termEnd: isoDate.optional(),
  biography: z.array(text).optional(),
  duties: z.array(text).optional(),
});

const contact: z.ZodType<SeedContact> = z.strictObject({
  unitName: text,
  unitNameEn: text.optional(),
  role: z.enum(['Văn phòng', 'Bộ phận một cửa', 'Người phát ngôn', 'Tiếp nhận phản ánh, kiến nghị', 'Công an', 'Quân sự', 'Khác']),
  personName: text.optional(),
  address: text,
  phone: text,
  email: z.email().optional(),
  officeHours: text,
  order: z.number().int(),
});

export const peopleFile = z.strictObject({ officials: z.array(official), contacts: z.array(contact) });

// questions.yaml, consultations.yaml

const trackingCode = z.string().length(10);
const citizen = {
  fullName: text,
  phone: text.optional(),
  email: z.email().optional(),
  address: text.optional(),
};

const questionAnswer: z.ZodType<SeedQuestionAnswer> = z.strictObject({
  slug,
  title: text,
  kind: z.enum(QUESTION_KINDS),
  topic: z.enum(QUESTION_TOPICS),
  question: text,
  askerInitials: text,
  askedOn: isoDate,
  answer: richText,
  answeredOn: isoDate,
  answeredBy: text,
  relatedDocuments: z.array(numberSymbol).optional(),
  trackingCode: trackingCode.optional(),
});

const inboxQuestion: z.ZodType<SeedInboxQuestion> = z.strictObject({
  ...citizen,
  code: trackingCode,
  kind: z.enum(QUESTION_KINDS),
  topic: z.enum(QUESTION_TOPICS),
  body: text,
  receivedWorkingDaysAgo: z.number().int().nonnegative(),
  state: z.enum(['received', 'assigned', 'rejected', 'answered']),
  rejectReason: z.enum(REJECT_REASONS).optional(),
  rejectNote: text.optional(),
  answerSlug: slug.optional(),
});

const pageRating: z.ZodType<SeedPageRating> = z.strictObject({
  path: z.string().startsWith('/'),
  daysAgo: z.number().int().nonnegative(),
  useful: z.number().int().nonnegative(),
  notUseful: z.number().int().nonnegative(),
  comments: z.array(z.strictObject({ useful: z.boolean(), comment: text })).optional(),
});

export const questionsFile = z.strictObject({
  questions: z.array(questionAnswer),
  inbox: z.array(inboxQuestion),
  ratings: z.array(pageRating),
});

const comment: z.ZodType<SeedComment> = z.strictObject({
  ...citizen,
  code: trackingCode,
  body: text,
  receivedDaysAgo: z.number().int().nonnegative(),
  state: z.enum(COMMENT_STATES),
  rejectReason: z.enum(REJECT_REASONS).optional(),
});

const consultation: z.ZodType<SeedConsultation> = z.strictObject({
  slug,
  phase: z.enum(['open', 'upcoming', 'closed']),
  title: text,
  draftingAgency: text,
  summary: text,
  body: richText,
  opensInDays: z.number().int(),
  closesInDays: z.number().int(),
  commentVisibility: z.enum(['Công khai sau khi duyệt', 'Không công khai']).optional(),
  resultSummary: richText.optional(),
  resultPublishedInDays: z.number().int().optional(),
  adoptedDocument: numberSymbol.optional(),
  comments: z.array(comment).optional(),
});
export const consultationsFile = z.array(consultation);

// public-works.yaml

const digits = z.string().regex(/^\d+$/u, 'expected an amount in đồng, digits only');
const year = z.number().int().min(1900).max(2100);

const planReport: z.ZodType<SeedPlanReport> = z.strictObject({ reportDate: isoDate, title: text, summary: text });

const plan: z.ZodType<SeedPlan> = z.strictObject({
  slug,
  title: text,
  planKind: z.enum(['Chiến lược', 'Chương trình', 'Quy hoạch', 'Kế hoạch', 'Chương trình công tác năm']),
  field: text.optional(),
  periodStart: year,
  periodEnd: year.optional(),
  planStatus: z.enum(['Đang xây dựng', 'Đã phê duyệt', 'Đang thực hiện', 'Đã hoàn thành']),
  approvingDocument: numberSymbol.optional(),
  summary: text,
  body: richText,
  reports: z.array(planReport).optional(),
  mapAlt: text.optional(),
  published: isoDate,
});

const progressUpdate: z.ZodType<SeedProgressUpdate> = z.strictObject({
  updateDate: isoDate,
  percentComplete: z.number().min(0).max(100),
  disbursed: digits,
  note: text,
});

const project: z.ZodType<SeedProject> = z.strictObject({
  slug,
  name: text,
  investor: text,
  totalCapital: digits,
  capitalSource: text,
  location: text,
  startYear: year,
  endYear: year.optional(),
  projectStatus: z.enum(['Chuẩn bị đầu tư', 'Đang thực hiện', 'Tạm dừng', 'Đã hoàn thành']),
  approvingDocument: numberSymbol.optional(),
  summary: text,
  progress: z.array(progressUpdate),
  published: isoDate,
});

const notice: z.ZodType<SeedNotice> = z.strictObject({
  slug,
  title: text,
  noticeKind: z.enum(['Kế hoạch lựa chọn nhà thầu', 'Thông báo mời thầu', 'Kết quả lựa chọn nhà thầu', 'Mua sắm công']),
  project: slug.optional(),
  packageName: text.optional(),
  packageValue: digits.optional(),
  noticeDate: isoDate,
  closingDate: isoDate.optional(),
  winner: text.optional(),
  contractValue: digits.optional(),
  summary: text,
  content: z.array(text).min(1),
});

export const publicWorksFile = z.strictObject({ plans: z.array(plan), projects: z.array(project), notices: z.array(notice) });

// disclosure.yaml: the inputs of the disclosure templates (../disclosure/)

const statisticRow: z.ZodType<SeedStatisticRow> = z.strictObject({
  indicator: text,
  unit: text,
  previous: z.number(),
  current: z.number(),
});
const villagePopulation: z.ZodType<VillagePopulation> = z.strictObject({
  village: text,
  previous: z.number().int(),
  current: z.number().int(),
});
const scheduleCast: z.ZodType<ScheduleCast> = z.strictObject({
  partySecretary: text,
  chairman: text,
  viceEconomy: text,
  viceSociety: text,
  councilChair: text,
  officeChief: text,
  villages: z.tuple([text, text, text]),
  hall: text,
  serviceCentre: text,
});
const budget: z.ZodType<SeedBudgetCommune> = z.strictObject({
  scale: z.number().positive(),
  estimate2026Resolution: numberSymbol.optional(),
});
const infoAccess: z.ZodType<SeedInfoAccess> = z.strictObject({
  contactPerson: text,
  address: text,
  phone: text,
  email: z.email(),
  receivingHours: text,
  extraItems: z.array(z.strictObject({ title: text, legalBasis: text, location: text, timing: text })),
});

export const disclosureFile = z.strictObject({
  shortName: text,
  budget,
  population: z.strictObject({
    villages: z.array(villagePopulation).min(1),
    labour: z.strictObject({
      previous: z.number().int(),
      current: z.number().int(),
      employed: z.number().int(),
      employedBefore: z.number().int(),
    }),
  }),
  agriculture: z.array(statisticRow).min(1),
  schedule: scheduleCast,
  infoAccess,
  howToRequest: richText.optional(),
});

// urgent-notices.yaml

/** An urgent notice as written: `{day}` in the message stands for the day it ends. */
export type UrgentNoticeFile = Omit<SeedUrgentNotice, 'message'> & { message: string };

export const urgentNoticesFile: z.ZodType<UrgentNoticeFile[]> = z.array(
  z.strictObject({
    title: text,
    message: text.refine((message) => message.includes('{day}'), 'expected {day} in the message, where the end day goes'),
    level: z.enum(['Khẩn cấp', 'Cảnh báo', 'Thông tin']),
    link: text.optional(),
    endsInDays: z.number().int().positive(),
  }),
);
