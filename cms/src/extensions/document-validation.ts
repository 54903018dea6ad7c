/**
 * Validates directive documents (văn bản) on every write path — admin panel, REST API, scripts —
 * because it runs as a document service middleware, before anything reaches the database.
 * A refused write throws a ValidationError with a Vietnamese message and writes nothing.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkDocumentRules, toIsoDate } from '../domain/document-rules';
import { relationFilter, type RelationRef } from '@commune/commune-tenancy/shared';
import { loadWriteContext } from './write-context';

const DOCUMENT_UID = 'api::document.document';

const normaliseBody = (value: unknown): string => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '');

export function registerDocumentValidation(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== DOCUMENT_UID) return next();
    const write = await loadWriteContext(strapi, context);
    if (!write) return next();

    const result = checkDocumentRules(write.merged);
    if (!result.ok) {
      const first = result.errors[0];
      throw new errors.ValidationError(first ? first.message : 'Văn bản không hợp lệ.', {
        errors: result.errors.map((error) => ({ path: [error.path], message: error.message, name: 'ValidationError' })),
      });
    }
    // Store the canonical form so that search and uniqueness see one spelling.
    write.params.data.number = result.value.number;
    write.params.data.symbol = result.value.symbol;
    write.params.data.numberSymbol = result.value.numberSymbol;

    await assertUniqueNumber(strapi, {
      documentId: write.existing?.documentId ?? write.params.documentId ?? null,
      numberSymbol: result.value.numberSymbol,
      issuingBody: normaliseBody(write.merged.issuingBody),
      issueDate: toIsoDate(write.merged.issueDate),
      commune: write.commune,
    });
    return next();
  };
  strapi.documents.use(middleware);
}

/** One number per commune, issuing body and year: the same "239/BC-UBND" may recur next year. */
async function assertUniqueNumber(
  strapi: Core.Strapi,
  candidate: {
    documentId: string | null;
    numberSymbol: string;
    issuingBody: string;
    issueDate: string | null;
    commune: RelationRef | null;
  },
): Promise<void> {
  if (!candidate.issueDate || !candidate.commune) return;
  const year = candidate.issueDate.slice(0, 4);
  const filters: Record<string, unknown> = {
    numberSymbol: { $eqi: candidate.numberSymbol },
    issuingBody: { $eqi: candidate.issuingBody },
    issueDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    commune: relationFilter(candidate.commune),
  };
  if (candidate.documentId) filters.documentId = { $ne: candidate.documentId };
  const clashes = await strapi
    .documents(DOCUMENT_UID)
    .count({ filters, status: 'draft' } as Parameters<ReturnType<typeof strapi.documents>['count']>[0]);
  if (clashes > 0) {
    throw new errors.ValidationError(
      `Đã có văn bản số ${candidate.numberSymbol} của ${candidate.issuingBody} ban hành năm ${year}. Mỗi số, ký hiệu chỉ được dùng một lần trong năm; hãy kiểm tra lại số văn bản.`,
      { errors: [{ path: ['number'], message: 'Số, ký hiệu đã được dùng trong năm', name: 'ValidationError' }] },
    );
  }
}
