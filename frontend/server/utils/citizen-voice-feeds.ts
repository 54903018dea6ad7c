/**
 * RSS of the citizens' voice: the commune's newly published answers and its consultations on
 * draft documents. Only what the pages show: a title, the topic, the dates; never a name
 * (not even the initials) nor contact data.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import {
  CONSULTATION_SUMMARY_FIELDS,
  QUESTION_SUMMARY_FIELDS,
  consultationPath,
  questionPath,
  type RawConsultation,
} from './citizen-voice-content';
import { absoluteUrl, type RssChannel, type RssItem } from './feed-xml';
import { readCommuneList } from './public-content';
import { channel, FEED_SIZE } from './rss-feeds';
import { siteOrigin } from './site-origin';
import type { ConsultationAnswer, QuestionAnswerAnswer } from '../types/strapi-answers.generated';

export const CITIZEN_VOICE_RSS_PATHS = {
  answers: '/rss/hoi-dap.xml',
  consultations: '/rss/lay-y-kien.xml',
} as const;

type RawFeedQuestion = Pick<QuestionAnswerAnswer, 'documentId' | 'slug' | 'title' | 'questionKind' | 'topic' | 'publishedAt'>;

export async function answersFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  // The public fields only (QUESTION_SUMMARY_FIELDS less the initials): no question text either.
  const fields = QUESTION_SUMMARY_FIELDS.filter((field) => field !== 'askerInitials');
  const list = await readCommuneList<RawFeedQuestion>(event, commune, '/api/question-answers', {
    fields: [...fields, 'publishedAt'],
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map(
    (question): RssItem => ({
      title: question.title?.trim() || 'Hỏi đáp',
      link: absoluteUrl(origin, questionPath(question)),
      description: question.topic ? `${question.questionKind ?? 'Hỏi đáp'} – lĩnh vực ${question.topic}` : null,
      pubDate: question.publishedAt ?? null,
      categories: [question.questionKind, question.topic].filter((name): name is NonNullable<typeof name> => Boolean(name?.trim())),
      enclosure: null,
    }),
  );
  return channel(
    origin,
    CITIZEN_VOICE_RSS_PATHS.answers,
    '/hoi-dap',
    `${commune.name} – Hỏi đáp`,
    `Câu trả lời mới của ${commune.name}, ${commune.province} cho câu hỏi, phản ánh, kiến nghị của người dân.`,
    items,
  );
}

export async function consultationsFeed(event: H3Event, commune: PublicCommune): Promise<RssChannel> {
  const origin = siteOrigin(event);
  const list = await readCommuneList<RawConsultation & Pick<ConsultationAnswer, 'publishedAt'>>(event, commune, '/api/consultations', {
    fields: [...CONSULTATION_SUMMARY_FIELDS, 'publishedAt'],
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: FEED_SIZE },
  });
  const items = list.data.map(
    (consultation): RssItem => ({
      title: consultation.title?.trim() || 'Dự thảo lấy ý kiến',
      link: absoluteUrl(origin, consultationPath(consultation)),
      description: consultation.summary?.trim() || null,
      pubDate: consultation.publishedAt ?? null,
      categories: [consultation.draftingAgency].filter((name): name is NonNullable<typeof name> => Boolean(name?.trim())),
      enclosure: null,
    }),
  );
  return channel(
    origin,
    CITIZEN_VOICE_RSS_PATHS.consultations,
    '/lay-y-kien',
    `${commune.name} – Lấy ý kiến dự thảo`,
    `Dự thảo văn bản ${commune.name}, ${commune.province} đưa ra lấy ý kiến nhân dân.`,
    items,
  );
}
