import type { ConsultationSummary } from '#shared/types/citizen-voice';
import { sortConsultations } from '#shared/utils/citizen-voice';
import type { StrapiList } from '../../utils/content';
import {
  CONSULTATION_LIST_SIZE,
  CONSULTATION_SUMMARY_FIELDS,
  toConsultationSummary,
  type RawConsultation,
} from '../../utils/citizen-voice-content';

/**
 * `/lay-y-kien`: the commune's consultations on draft documents, open ones first (closing soonest
 * first), then upcoming, then closed. The order depends on the hour, so it is made at each answer
 * from the cached list (30 s).
 */
export default defineCommuneCachedHandler('consultations', async (event, commune): Promise<ConsultationSummary[]> => {
  const list = await strapiGet<StrapiList<RawConsultation>>(event, '/api/consultations', {
    filters: communeFilter(commune.slug),
    fields: [...CONSULTATION_SUMMARY_FIELDS],
    sort: ['closesAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: CONSULTATION_LIST_SIZE },
  });
  return sortConsultations(list.data.map(toConsultationSummary).filter((item) => item !== null));
});
