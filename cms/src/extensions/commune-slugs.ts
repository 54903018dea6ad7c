/**
 * Slugs are unique per commune, not across the platform: every commune has its "tong-quan" page
 * and its "thong-bao" category. Strapi's `uid` type is checked globally (and its availability
 * check would reveal other communes' slugs), so slugs are plain strings handled here, on every
 * write path: filled from the title when left empty (numbered if taken), validated when typed.
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isValidSlug, numberedSlug, slugify } from '../domain/slug';
import { relationFilter } from '@commune/commune-tenancy/shared';
import { hasDraftAndPublish, loadWriteContext, type WriteContext } from './write-context';

/**
 * The slugged types, the field a slug is made from, how editors call the type, and the slugs the
 * public site uses for pages of its own next to the type's pages (`/gioi-thieu/lanh-dao`, the
 * leaders page, and `/gioi-thieu/so-do-to-chuc`, the organisation chart, would hide an
 * introduction page with that slug).
 */
export const SLUGGED_TYPES: Record<string, { source: string; noun: string; reserved?: readonly string[] }> = {
  'api::article.article': { source: 'title', noun: 'tin bài' },
  'api::category.category': { source: 'name', noun: 'chuyên mục' },
  'api::procedure.procedure': { source: 'name', noun: 'thủ tục' },
  'api::page.page': { source: 'title', noun: 'trang giới thiệu', reserved: ['lanh-dao', 'so-do-to-chuc'] },
  'api::official.official': { source: 'fullName', noun: 'lãnh đạo, cán bộ' },
  'api::plan.plan': { source: 'title', noun: 'quy hoạch, kế hoạch' },
  'api::investment-project.investment-project': { source: 'name', noun: 'dự án' },
  'api::bidding-notice.bidding-notice': { source: 'title', noun: 'thông tin đấu thầu' },
  'api::budget-report.budget-report': { source: 'title', noun: 'báo cáo ngân sách' },
  'api::statistic.statistic': { source: 'title', noun: 'số liệu thống kê' },
  'api::question-answer.question-answer': { source: 'title', noun: 'hỏi đáp', reserved: ['gui-cau-hoi', 'tra-cuu'] },
  'api::consultation.consultation': { source: 'title', noun: 'dự thảo lấy ý kiến' },
};

const MAX_ATTEMPTS = 50;

async function isTaken(strapi: Core.Strapi, uid: string, slug: string, write: WriteContext): Promise<boolean> {
  if (!write.commune) return false; // no commune yet: the tenancy rules refuse it, not this one
  const ownId = write.existing?.documentId ?? write.params.documentId;
  const filters: Record<string, unknown> = { slug: { $eq: slug }, commune: relationFilter(write.commune) };
  if (ownId) filters.documentId = { $ne: ownId };
  const count = await strapi.documents(uid as UID.ContentType).count({
    filters,
    ...(hasDraftAndPublish(strapi, uid) ? { status: 'draft' } : {}),
    ...(write.params.locale ? { locale: write.params.locale } : {}),
  } as never);
  return count > 0;
}

export function registerCommuneSlugs(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const type = SLUGGED_TYPES[context.uid];
    if (!type) return next();
    const write = await loadWriteContext(strapi, context);
    if (!write) return next();

    const typed = typeof write.params.data.slug === 'string' ? write.params.data.slug.trim() : '';
    if (!typed && write.params.data.slug === undefined && typeof write.existing?.slug === 'string' && write.existing.slug) {
      return next(); // an update that leaves the slug alone
    }

    if (typed) {
      if (!isValidSlug(typed)) {
        throw new errors.ValidationError(
          `Đường dẫn “${typed}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: hoi-nghi-tong-ket-nam-2025).`,
        );
      }
      if (type.reserved?.includes(typed)) {
        throw new errors.ValidationError(
          `Đường dẫn “${typed}” đã được trang thông tin điện tử dùng cho một trang có sẵn. Hãy đặt đường dẫn khác hoặc để trống để hệ thống tự tạo.`,
        );
      }
      if (await isTaken(strapi, context.uid, typed, write)) {
        throw new errors.ValidationError(
          `Đường dẫn “${typed}” đã được dùng cho một ${type.noun} khác của xã. Hãy đặt đường dẫn khác hoặc để trống để hệ thống tự tạo.`,
        );
      }
      write.params.data.slug = typed;
      return next();
    }

    const base = slugify(String(write.merged[type.source] ?? ''));
    if (!base) throw new errors.ValidationError(`Chưa tạo được đường dẫn: tên ${type.noun} cần có chữ hoặc số.`);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const candidate = numberedSlug(base, attempt);
      if (!type.reserved?.includes(candidate) && !(await isTaken(strapi, context.uid, candidate, write))) {
        write.params.data.slug = candidate;
        return next();
      }
    }
    throw new errors.ValidationError(`Đã có quá nhiều ${type.noun} trùng tên “${base}”; hãy nhập đường dẫn khác.`);
  };
  strapi.documents.use(middleware);
}
