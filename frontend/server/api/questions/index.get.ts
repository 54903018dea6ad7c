import type { QuestionAnswerListResponse } from '#shared/types/citizen-voice';
import { queryText } from '#shared/utils/search';
import { topicOfCode } from '#shared/utils/citizen-voice';
import type { StrapiList } from '../../utils/content';
import { PUBLIC_CONTENT_CACHE_BASE } from '../../utils/public-content';
import { QUESTION_PAGE_SIZE, questionListQuery, toQuestionSummary, type RawQuestionAnswer } from '../../utils/citizen-voice-content';

interface QuestionFilter {
  topic: string | null;
  page: number;
}

/** `?topic=<code>&page=`; null for a topic code that does not exist or a page that is no number. */
function parseFilter(query: Record<string, unknown>): QuestionFilter | null {
  const code = queryText(query.topic);
  const topic = code ? topicOfCode(code) : null;
  if (code && !topic) return null;
  const pageText = queryText(query.page) || '1';
  if (!/^[1-9]\d{0,3}$/.test(pageText)) return null;
  return { topic, page: Number(pageText) };
}

function notFound(): never {
  throw createError({ statusCode: 404, statusMessage: 'Question Page Not Found' });
}

/**
 * `/hoi-dap`: the commune's published questions and answers, newest answers first, by topic (words
 * are searched by the site search, type `question`). Only public fields: initials, never a name
 * or contact.
 */
export default defineCommuneCachedHandler(
  'questions',
  async (event, commune): Promise<QuestionAnswerListResponse> => {
    const filter = parseFilter(getQuery(event));
    if (!filter) notFound();
    const list = await strapiGet<StrapiList<RawQuestionAnswer>>(
      event,
      '/api/question-answers',
      questionListQuery(filter, communeFilter(commune.slug)),
    );
    const { total } = list.meta.pagination;
    const pageCount = Math.max(1, Math.ceil(total / QUESTION_PAGE_SIZE));
    if (filter.page > pageCount) notFound();
    return {
      items: list.data.map(toQuestionSummary),
      pagination: { page: filter.page, pageSize: QUESTION_PAGE_SIZE, pageCount, total },
      topic: filter.topic,
    };
  },
  {
    keyParts: (event) => {
      const filter = parseFilter(getQuery(event));
      return filter ? [filter.topic ?? '', String(filter.page)] : ['invalid'];
    },
    // Page numbers come from the address: the bounded store.
    storageBase: PUBLIC_CONTENT_CACHE_BASE,
  },
);
