/**
 * The trail's read API, under /audit-trail (admin):
 * - `GET /access`: what the signed-in user may read (the page asks first; never a 403);
 * - `GET /entries?…`: one page of rows (filters: reading/filters.ts);
 * - `GET /entries/export?…`: the same rows, every page, as .xlsx (itself recorded).
 * The reader's scope (reading/access.ts) is applied to every query; a commune outside it is 403.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_ACTIONS, AUDIT_EXPORT_MAX_ROWS, AUDIT_EXPORT_TYPE, type AuditAccessResponse, type AuditListResponse } from '../../../shared';
import { readScopeOf, type Reader } from '../reading/access';
import { parseFilters } from '../reading/filters';
import { auditWorkbook } from '../reading/workbook';
import type { TrailService } from '../services/trail';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

type Context = Parameters<Core.MiddlewareHandler>[0];

function readerOf(ctx: Context): Reader {
  const user = (ctx.state as { user?: Reader }).user;
  if (!user || typeof user.id !== 'number') throw new errors.UnauthorizedError('Hãy đăng nhập.');
  return user;
}

const entries = ({ strapi }: { strapi: Core.Strapi }) => {
  const trail = (): TrailService => strapi.plugin('audit-trail').service('trail') as TrailService;

  return {
    async access(ctx: Context): Promise<void> {
      const scope = await readScopeOf(strapi, readerOf(ctx));
      const where = scope.kind === 'communes' ? { id: { $in: scope.communeIds } } : scope.kind === 'all' ? {} : { id: -1 };
      const communes = (await strapi.db
        .query(COMMUNE_UID)
        .findMany({ where, select: ['id', 'documentId', 'name'], orderBy: { name: 'asc' } })) as Array<{
        id: number;
        documentId: string;
        name: string;
      }>;
      const body: AuditAccessResponse = {
        data: {
          scope: scope.kind,
          communes: communes.map(({ id, documentId, name }) => ({ id, documentId, name })),
          actions:
            scope.kind === 'none'
              ? []
              : Object.entries(AUDIT_ACTIONS).map(([code, definition]) => ({
                  code,
                  label: definition.label,
                  category: definition.category,
                })),
        },
      };
      ctx.body = body;
    },

    async list(ctx: Context): Promise<void> {
      const filters = parseFilters(ctx.query);
      const { entries: rows, total } = await trail().list(await readScopeOf(strapi, readerOf(ctx)), filters);
      const body: AuditListResponse = {
        data: rows,
        pagination: { page: filters.page, pageSize: filters.pageSize, total, pageCount: Math.ceil(total / filters.pageSize) },
      };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },

    async export(ctx: Context): Promise<void> {
      const filters = parseFilters(ctx.query);
      const rows = await trail().rowsForExport(await readScopeOf(strapi, readerOf(ctx)), filters, AUDIT_EXPORT_MAX_ROWS);
      if (rows.length > AUDIT_EXPORT_MAX_ROWS)
        throw new errors.ValidationError(
          `Có hơn ${AUDIT_EXPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng: hãy thu hẹp khoảng ngày hoặc bộ lọc.`,
        );
      const stamp = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      ctx.set('Content-Type', AUDIT_EXPORT_TYPE);
      // ASCII by construction.
      ctx.set('Content-Disposition', `attachment; filename="nhat-ky-hoat-dong-${stamp}.xlsx"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await auditWorkbook(rows);
    },
  };
};

export default entries;
