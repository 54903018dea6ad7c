import type { ProcedureDetail } from '#shared/types/procedure';
import { defineDetailHandler } from '../../utils/detail-handler';
import { procedureDetailQuery, toProcedureDetail, type RawProcedureDetail } from '../../utils/procedure-content';

/** One published procedure of this commune by its slug (or documentId); 404 when this commune has none. */
export default defineDetailHandler<RawProcedureDetail, ProcedureDetail>({
  name: 'procedure',
  strapiPath: '/api/procedures',
  notFound: 'Procedure Not Found',
  query: procedureDetailQuery,
  toDetail: (procedure, { strapiUrl }) => toProcedureDetail(procedure, strapiUrl),
});
