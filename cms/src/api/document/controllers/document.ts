import { factories } from '@strapi/strapi';
import { LEGAL_STATUS_LABELS, legalStatus, type DocumentFields } from '../../../domain/document-rules';
import { todayInVietnam } from '../../../domain/vietnam-date';

type Entry = DocumentFields & Record<string, unknown>;

/** Adds the legal status (in force, expired, not yet in force), computed for today in Vietnam. */
function withLegalStatus(entry: Entry, today: string): Entry {
  const status = legalStatus(entry, today);
  return { ...entry, legalStatus: status, legalStatusLabel: LEGAL_STATUS_LABELS[status] };
}

export default factories.createCoreController('api::document.document', () => ({
  async find(ctx) {
    const response = (await super.find(ctx)) as { data: Entry[]; meta: unknown };
    const today = todayInVietnam();
    return { ...response, data: response.data.map((entry) => withLegalStatus(entry, today)) };
  },

  async findOne(ctx) {
    const response = (await super.findOne(ctx)) as { data: Entry | null; meta: unknown } | null;
    if (!response?.data) return response;
    return { ...response, data: withLegalStatus(response.data, todayInVietnam()) };
  },
}));
