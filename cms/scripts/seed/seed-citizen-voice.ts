/**
 * Seeds a demo commune's citizen voice: published questions and answers and consultations on
 * draft documents (board-governed types, published under the seed's script authority, looked up
 * by slug), and the board's private inbox in the plugin's own tables (questions, comments on the
 * open consultation, page ratings), written with parameterised SQL and keyed by tracking code.
 * Dates of consultations and inbox items count from the day the seed runs, so that a fresh demo
 * always shows an open consultation and items nearing or past their due date.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  DEFAULT_ANSWER_DUE_WORKING_DAYS,
  QUESTION_KIND_LABELS,
  addWorkingDays,
  initialsOf,
  todayInVietnam,
  workingDaysBetween,
} from '@commune/citizen-voice/shared';
import { administrativePdf } from './assets';
import { toBlocks } from './blocks';
import type {
  SeedCitizen,
  SeedCitizenVoice,
  SeedComment,
  SeedConsultation,
  SeedInboxQuestion,
  SeedPageRating,
} from './citizen-voice-types';
import { backdate, docs, findExisting, type Data, type Row } from './documents-api';
import { UIDS, type SeedTally } from './seed-commune';
import type { SeedCommune } from './types';
import { uploadBuffer } from './upload';

const DAY_MS = 86_400_000;

/** A published answer, for the inbox item it answers. */
interface PublishedAnswer {
  documentId: string;
  askedOn: string;
  answeredOn: string;
}
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The Vietnam day `days` from `now`, YYYY-MM-DD. */
const vietnamDay = (days: number, now: Date): string => todayInVietnam(new Date(now.getTime() + days * DAY_MS));

/** `hour` o'clock Vietnam time on the Vietnam day `days` from `now`. */
const atVietnamHour = (days: number, hour: number, now: Date): Date =>
  new Date(new Date(`${vietnamDay(days, now)}T00:00:00.000Z`).getTime() + hour * 3_600_000 - VIETNAM_OFFSET_MS);

/** Answers and other dated entries appear at 9 o'clock Vietnam time (02:00 UTC) of their day. */
const at9 = (isoDate: string): Date => new Date(`${isoDate}T02:00:00.000Z`);

/** The Vietnam working day `n` working days before `today` (YYYY-MM-DD). */
function workingDaysBefore(today: string, n: number): string {
  const date = new Date(`${today}T00:00:00.000Z`);
  while (workingDaysBetween(date.toISOString().slice(0, 10), today) < n || [0, 6].includes(date.getUTCDay())) {
    date.setUTCDate(date.getUTCDate() - 1);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * What the duplicate heuristic compares: the text in NFC, lower case, spaces collapsed. The
 * plugin's bodyHash (protection/key.ts) does the same; it is not exported to scripts.
 */
export const normalisedBodyHash = (body: string): Buffer =>
  createHash('sha256').update(body.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim(), 'utf8').digest();

export async function seedCitizenVoice(
  strapi: Core.Strapi,
  seed: SeedCommune,
  voice: SeedCitizenVoice,
  commune: Row,
  scoped: (data: Data) => Data,
  documents: Map<string, string>,
  tally: SeedTally,
): Promise<void> {
  const now = new Date();
  const answers = await seedQuestionAnswers(strapi, seed, voice, commune, scoped, documents, tally);
  const consultationIds = new Map<string, string>();
  for (const consultation of voice.consultations) {
    consultationIds.set(consultation.slug, await seedConsultation(strapi, seed, consultation, { commune, scoped, documents, tally, now }));
  }
  const dueDays = await answerDueWorkingDays(strapi, commune);
  await seedInbox(strapi, seed, voice.inbox, commune, answers, dueDays, now);
  for (const consultation of voice.consultations) {
    const documentId = consultationIds.get(consultation.slug);
    if (documentId && consultation.comments) await seedComments(strapi, seed, consultation.comments, commune, documentId, now);
  }
  await seedRatings(strapi, voice.ratings, commune, now);
}

async function seedQuestionAnswers(
  strapi: Core.Strapi,
  seed: SeedCommune,
  voice: SeedCitizenVoice,
  commune: Row,
  scoped: (data: Data) => Data,
  documents: Map<string, string>,
  tally: SeedTally,
): Promise<Map<string, PublishedAnswer>> {
  const ids = new Map<string, PublishedAnswer>();
  for (const item of voice.questions) {
    const found = await findExisting(strapi, UIDS.questionAnswer, { slug: item.slug, commune: { documentId: commune.documentId } });
    tally.count('questionAnswer', !found);
    if (found) {
      ids.set(item.slug, { documentId: found.documentId, askedOn: item.askedOn, answeredOn: item.answeredOn });
      continue;
    }
    const relatedDocuments = (item.relatedDocuments ?? []).map((numberSymbol) => {
      const id = documents.get(numberSymbol);
      if (!id) throw new Error(`Question ${item.slug} of ${seed.slug} names unknown document ${numberSymbol}`);
      return id;
    });
    const created = await docs(strapi, UIDS.questionAnswer).create({
      data: scoped({
        title: item.title,
        slug: item.slug,
        questionKind: QUESTION_KIND_LABELS[item.kind],
        topic: item.topic,
        question: item.question,
        askerInitials: item.askerInitials,
        askedOn: item.askedOn,
        answer: toBlocks(item.answer),
        answeredOn: item.answeredOn,
        answeredBy: item.answeredBy,
        relatedDocuments,
        trackingCode: item.trackingCode,
      }),
      status: 'published',
    });
    ids.set(item.slug, { documentId: created.documentId, askedOn: item.askedOn, answeredOn: item.answeredOn });
    await backdate(strapi, UIDS.questionAnswer, created.documentId, at9(item.answeredOn));
  }
  return ids;
}

interface ConsultationContext {
  commune: Row;
  scoped: (data: Data) => Data;
  documents: Map<string, string>;
  tally: SeedTally;
  now: Date;
}

async function seedConsultation(
  strapi: Core.Strapi,
  seed: SeedCommune,
  item: SeedConsultation,
  context: ConsultationContext,
): Promise<string> {
  const { commune, scoped, documents, tally, now } = context;
  const found = await findExisting(strapi, UIDS.consultation, { slug: item.slug, commune: { documentId: commune.documentId } });
  tally.count('consultation', !found);
  if (found) return found.documentId;
  const opensAt = atVietnamHour(item.opensInDays, 8, now);
  const adoptedDocument = item.adoptedDocument ? documents.get(item.adoptedDocument) : undefined;
  if (item.adoptedDocument && !adoptedDocument) {
    throw new Error(`Consultation ${item.slug} of ${seed.slug} names unknown document ${item.adoptedDocument}`);
  }
  // Announced a few days before it opens; one still to come, a little before the seed ran.
  const announcedOn = vietnamDay(Math.min(item.opensInDays - 3, -2), now);
  const draft = await consultationPdf(strapi, seed, commune, {
    key: `${item.slug}-du-thao`,
    title: 'DỰ THẢO',
    subtitle: item.title,
    paragraphs: [item.summary, ...item.body.filter((entry): entry is string => typeof entry === 'string')],
    date: announcedOn,
  });
  const result = item.resultSummary
    ? await consultationPdf(strapi, seed, commune, {
        key: `${item.slug}-bao-cao-tiep-thu`,
        title: 'BÁO CÁO',
        subtitle: `Tiếp thu, giải trình ý kiến góp ý đối với ${item.title.replace(/^Dự thảo/u, 'dự thảo')}`,
        paragraphs: item.resultSummary.filter((entry): entry is string => typeof entry === 'string'),
        date: vietnamDay(item.resultPublishedInDays ?? 0, now),
      })
    : undefined;
  const created = await docs(strapi, UIDS.consultation).create({
    data: scoped({
      title: item.title,
      slug: item.slug,
      draftingAgency: item.draftingAgency,
      summary: item.summary,
      body: toBlocks(item.body),
      files: [draft],
      opensAt: opensAt.toISOString(),
      closesAt: atVietnamHour(item.closesInDays, 17, now).toISOString(),
      commentVisibility: item.commentVisibility ?? 'Công khai sau khi duyệt',
      resultSummary: item.resultSummary ? toBlocks(item.resultSummary) : undefined,
      resultFiles: result === undefined ? [] : [result],
      resultPublishedOn: item.resultPublishedInDays === undefined ? undefined : vietnamDay(item.resultPublishedInDays, now),
      adoptedDocument,
    }),
    status: 'published',
  });
  await backdate(strapi, UIDS.consultation, created.documentId, at9(announcedOn));
  return created.documentId;
}

async function consultationPdf(
  strapi: Core.Strapi,
  seed: SeedCommune,
  commune: Row,
  letter: { key: string; title: string; subtitle: string; paragraphs: string[]; date: string },
): Promise<number> {
  const [year, month, day] = letter.date.split('-').map(Number);
  const buffer = await administrativePdf({
    issuer: `ỦY BAN NHÂN DÂN ${seed.name.toUpperCase()}`,
    placeAndDate: `${seed.shortName}, ngày ${day} tháng ${month} năm ${year}`,
    title: letter.title,
    subtitle: letter.subtitle,
    paragraphs: letter.paragraphs,
    signerPosition: 'TM. ỦY BAN NHÂN DÂN',
    signer: 'Chủ tịch',
  });
  const file = await uploadBuffer(strapi, {
    buffer,
    fileName: `${seed.slug}-${letter.key}.pdf`,
    mime: 'application/pdf',
    caption: `${letter.title === 'DỰ THẢO' ? 'Dự thảo' : 'Báo cáo'}: ${letter.subtitle}`,
    communeId: commune.id,
  });
  return file.id;
}

async function answerDueWorkingDays(strapi: Core.Strapi, commune: Row): Promise<number> {
  const settings = await findExisting(strapi, UIDS.settings, { commune: { documentId: commune.documentId } });
  const days = settings?.answerDueWorkingDays;
  return typeof days === 'number' ? days : DEFAULT_ANSWER_DUE_WORKING_DAYS;
}

/**
 * Tracking codes as the plugin makes them (protection/key.ts, not exported): 10 characters
 * without 0/O, 1/I/L. A code outside it could never be looked up on the status page.
 */
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/;

function checkedCode(code: string, seed: SeedCommune): string {
  if (!CODE.test(code)) throw new Error(`Demo tracking code ${code} of ${seed.slug} is not one the plugin could have made`);
  return code;
}

/** The contact columns of a demo citizen: fictional, and private to the commune's board. */
const contactColumns = (citizen: SeedCitizen): Data => ({
  full_name: citizen.fullName,
  initials: initialsOf(citizen.fullName),
  // Stored as the plugin stores a phone number: digits only ("0912 345 601" → "0912345601").
  phone: citizen.phone?.replace(/[\s.-]/gu, '') ?? null,
  email: citizen.email ?? null,
  address: citizen.address ?? null,
});

/** A board member of the commune to assign items to, when the commune has one (provisioned). */
async function boardMember(strapi: Core.Strapi, commune: Row): Promise<number | null> {
  const memberships = (await strapi.db.query('plugin::commune-tenancy.membership').findMany({
    where: { commune: { id: commune.id }, boardRole: { $in: ['member', 'deputy'] } },
    select: ['adminUserId'],
    orderBy: { id: 'asc' },
    limit: 1,
  })) as Array<{ adminUserId: number }>;
  return memberships[0]?.adminUserId ?? null;
}

async function seedInbox(
  strapi: Core.Strapi,
  seed: SeedCommune,
  inbox: SeedInboxQuestion[],
  commune: Row,
  answers: Map<string, PublishedAnswer>,
  dueDays: number,
  now: Date,
): Promise<void> {
  if (inbox.length === 0) return;
  const today = todayInVietnam(now);
  const assignee = await boardMember(strapi, commune);
  const rows = inbox.map((item) => {
    const answer = item.answerSlug ? answers.get(item.answerSlug) : undefined;
    if (item.answerSlug && !answer) throw new Error(`Inbox ${item.code} of ${seed.slug} names unknown answer ${item.answerSlug}`);
    const receivedOn = answer?.askedOn ?? workingDaysBefore(today, item.receivedWorkingDaysAgo);
    // Received during office hours, at a time that differs from item to item.
    const receivedAt = new Date(at9(receivedOn).getTime() + (item.code.charCodeAt(0) % 7) * 3_600_000);
    const closedAt = answer ? at9(answer.answeredOn) : item.state === 'rejected' ? new Date(receivedAt.getTime() + 2 * DAY_MS) : null;
    return {
      commune_id: commune.id,
      code: checkedCode(item.code, seed),
      kind: item.kind,
      topic: item.topic,
      body: item.body,
      ...contactColumns(item),
      consent_at: receivedAt,
      // The table has no "answered": an item is answered once its answer is published.
      status: item.state === 'answered' ? 'answering' : item.state,
      assignee_user_id: item.state === 'assigned' || item.state === 'answered' ? assignee : null,
      answer_document_id: answer?.documentId ?? null,
      reject_reason: item.rejectReason ?? null,
      reject_note: item.rejectNote ?? null,
      due_on: addWorkingDays(receivedOn, dueDays),
      body_hash: normalisedBodyHash(item.body),
      created_at: receivedAt,
      updated_at: closedAt ?? receivedAt,
      closed_at: closedAt,
    };
  });
  await strapi.db.connection('citizen_questions').insert(rows).onConflict('code').ignore();
}

async function seedComments(
  strapi: Core.Strapi,
  seed: SeedCommune,
  comments: SeedComment[],
  commune: Row,
  consultation: string,
  now: Date,
): Promise<void> {
  const rows = comments.map((comment) => {
    const receivedAt = new Date(atVietnamHour(-comment.receivedDaysAgo, 10, now).getTime() + (comment.code.charCodeAt(1) % 8) * 3_600_000);
    const moderated = comment.state !== 'pending';
    return {
      commune_id: commune.id,
      code: checkedCode(comment.code, seed),
      consultation_document_id: consultation,
      body: comment.body,
      ...contactColumns(comment),
      consent_at: receivedAt,
      status: comment.state,
      reject_reason: comment.rejectReason ?? null,
      moderated_at: moderated ? new Date(receivedAt.getTime() + DAY_MS) : null,
      body_hash: normalisedBodyHash(comment.body),
      created_at: receivedAt,
    };
  });
  await strapi.db.connection('consultation_comments').insert(rows).onConflict('code').ignore();
}

/**
 * Votes of past days: their visitor hashes are already cleared (NULL), as the plugin leaves
 * them. Such rows have no key, so a page's day is seeded only when it has no votes at all.
 */
async function seedRatings(strapi: Core.Strapi, ratings: SeedPageRating[], commune: Row, now: Date): Promise<void> {
  if (ratings.length === 0) return;
  const knex = strapi.db.connection;
  const days = ratings.map((rating) => ({ ...rating, day: vietnamDay(-rating.daysAgo, now) }));
  const taken = (await knex('page_ratings')
    .where('commune_id', commune.id)
    .whereIn(
      ['path', 'day'],
      days.map((rating) => [rating.path, rating.day]),
    )
    .distinct('path', knex.raw("to_char(day, 'YYYY-MM-DD') AS day"))) as Array<{ path: string; day: string }>;
  const seen = new Set(taken.map((row) => `${row.path} ${row.day}`));
  const rows = days
    .filter((rating) => !seen.has(`${rating.path} ${rating.day}`))
    .flatMap((rating) => {
      const said = rating.comments ?? [];
      const remarks = { useful: said.filter((c) => c.useful), notUseful: said.filter((c) => !c.useful) };
      const votes = (useful: boolean, count: number, said: Array<{ comment: string }>) =>
        Array.from({ length: count }, (_, index) => ({
          commune_id: commune.id,
          path: rating.path,
          day: rating.day,
          visitor_hash: null,
          useful,
          comment: said[index]?.comment ?? null,
          created_at: atVietnamHour(-rating.daysAgo, 8 + ((index * 3) % 12), now),
        }));
      return [...votes(true, rating.useful, remarks.useful), ...votes(false, rating.notUseful, remarks.notUseful)];
    });
  if (rows.length > 0) await knex('page_ratings').insert(rows);
}
