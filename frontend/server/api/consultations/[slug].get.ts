import type { ConsultationDetail } from '#shared/types/citizen-voice';
import { defineDetailHandler } from '../../utils/detail-handler';
import {
  CONSULTATION_DETAIL_POPULATE,
  CONSULTATION_SUMMARY_FIELDS,
  entryByKeyQuery,
  toConsultationDetail,
  type RawConsultation,
} from '../../utils/citizen-voice-content';

const DETAIL_FIELDS = [...CONSULTATION_SUMMARY_FIELDS, 'body', 'commentVisibility', 'resultSummary', 'resultPublishedOn'];

/** One published consultation of this commune by its slug (or documentId), with its files and result. */
export default defineDetailHandler<RawConsultation, ConsultationDetail>({
  name: 'consultation',
  strapiPath: '/api/consultations',
  notFound: 'Consultation Not Found',
  query: (key, commune) => entryByKeyQuery(key, commune, DETAIL_FIELDS, CONSULTATION_DETAIL_POPULATE),
  toDetail: (raw, { strapiUrl }) => {
    const detail = toConsultationDetail(raw, strapiUrl);
    if (!detail) throw createError({ statusCode: 404, statusMessage: 'Consultation Not Found' });
    return detail;
  },
});
