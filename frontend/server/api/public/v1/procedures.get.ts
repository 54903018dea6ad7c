import type { PublicApiList, PublicProcedureItem } from '#shared/types/public-api';
import { absoluteUrl } from '../../../utils/feed-xml';
import { PROCEDURE_LIST_QUERY, procedurePath, type RawPublicProcedure } from '../../../utils/public-content';

/** `GET /api/public/v1/procedures?page=&pageSize=`: the commune's administrative procedures, by code. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicProcedureItem>> =>
    publicApiList<RawPublicProcedure, PublicProcedureItem>(event, {
      strapiPath: '/api/procedures',
      strapiQuery: PROCEDURE_LIST_QUERY,
      toItem: (procedure, origin) => ({
        id: procedure.documentId,
        code: procedure.code ?? null,
        name: procedure.name,
        field: procedure.field ?? null,
        agency: procedure.agency ?? null,
        onlineLevel: procedure.onlineLevel ?? null,
        processingTime: procedure.processingTime ?? null,
        onlineServiceUrl: procedure.onlineServiceUrl ?? null,
        publishedAt: procedure.publishedAt ?? null,
        updatedAt: procedure.updatedAt ?? null,
        url: absoluteUrl(origin, procedurePath(procedure)),
      }),
    }),
);
