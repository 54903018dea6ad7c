import type { QuestionAnswerDetail } from '#shared/types/citizen-voice';
import { defineDetailHandler } from '../../utils/detail-handler';
import {
  QUESTION_DETAIL_FIELDS,
  QUESTION_DETAIL_POPULATE,
  entryByKeyQuery,
  toQuestionDetail,
  type RawQuestionAnswer,
} from '../../utils/citizen-voice-content';

/** One published question and answer of this commune by its slug (or documentId). */
export default defineDetailHandler<RawQuestionAnswer, QuestionAnswerDetail>({
  name: 'question',
  strapiPath: '/api/question-answers',
  notFound: 'Question Not Found',
  query: (key, commune) => entryByKeyQuery(key, commune, QUESTION_DETAIL_FIELDS, QUESTION_DETAIL_POPULATE),
  toDetail: (raw, { strapiUrl }) => toQuestionDetail(raw, strapiUrl),
});
