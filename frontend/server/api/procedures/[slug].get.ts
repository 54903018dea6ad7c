import type { H3Event } from 'h3';
import type { ProcedureDetail } from '#shared/types/procedure';
import type { StrapiList } from '../../utils/content';
import {
  isProcedureKey,
  procedureDetailQuery,
  toProcedureDetail,
  type RawProcedureDetail,
} from '../../utils/procedure-content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published procedure of this commune by its slug (or documentId); 404 when this commune has none. */
export default defineCommuneCachedHandler(
  'procedure',
  async (event, commune): Promise<ProcedureDetail> => {
    const key = slugParam(event);
    if (!isProcedureKey(key)) {
      throw createError({ statusCode: 404, statusMessage: 'Procedure Not Found' });
    }
    const { strapiUrl } = useRuntimeConfig(event);
    const response = await strapiGet<StrapiList<RawProcedureDetail>>(
      event,
      '/api/procedures',
      procedureDetailQuery(key, communeFilter(commune.slug)),
    );
    const procedure = response.data[0];
    if (!procedure) {
      throw createError({ statusCode: 404, statusMessage: 'Procedure Not Found' });
    }
    return toProcedureDetail(procedure, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
