/**
 * Runs the law's sections' rules (domain/section-rules.ts) on every write path — admin panel, REST
 * API, scripts — as a document service middleware, before anything reaches the database. Also
 * keeps the access-to-information section to one entry per commune: the site shows one.
 * A refused write throws a ValidationError with a Vietnamese message and writes nothing.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { relationFilter } from '@commune/commune-tenancy/shared';
import { checkSectionRules, SECTION_RULES } from '../domain/section-rules';
import { loadWriteContext } from './write-context';

const INFO_ACCESS_UID = 'api::info-access.info-access';

export function registerSectionValidation(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!(context.uid in SECTION_RULES) && context.uid !== INFO_ACCESS_UID) return next();
    const write = await loadWriteContext(strapi, context);
    if (!write) return next();
    const problems = checkSectionRules(context.uid, write.merged);
    const first = problems[0];
    if (first) {
      throw new errors.ValidationError(first.message, {
        errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
      });
    }
    if (context.uid === INFO_ACCESS_UID && context.action === 'create' && write.commune) {
      const existing = await strapi
        .documents(INFO_ACCESS_UID)
        .count({ filters: { commune: relationFilter(write.commune) }, status: 'draft' } as never);
      if (existing > 0) {
        throw new errors.ValidationError('Xã, phường này đã có chuyên mục Tiếp cận thông tin; hãy sửa mục đã có thay vì tạo mục mới.', {
          errors: [{ path: ['commune'], message: 'Mỗi xã, phường chỉ có một chuyên mục Tiếp cận thông tin', name: 'ValidationError' }],
        });
      }
    }
    return next();
  };
  strapi.documents.use(middleware);
}
