import type { Core } from '@strapi/strapi';
import { REPORT_EXPORT_TYPE, type ReportResponse } from '../../../shared';
import { getService } from '../utils/get-service';
import { userIdOf, type Context } from './request';

/**
 * Report figures from the event log, and their Excel export. The service validates the period
 * and decides who may see which commune; both routes take the same query
 * (`from`, `to`: YYYY-MM-DD in Vietnam time; `commune`: a commune's documentId, optional).
 */
const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const queryOf = (ctx: Context) => ({ from: ctx.query.from, to: ctx.query.to, commune: ctx.query.commune });

  return {
    async figures(ctx: Context): Promise<void> {
      const body: ReportResponse = { data: await getService(strapi, 'reports').figures(userIdOf(ctx), queryOf(ctx)) };
      ctx.body = body;
    },

    async export(ctx: Context): Promise<void> {
      const { fileName, content } = await getService(strapi, 'reports').workbook(userIdOf(ctx), queryOf(ctx));
      ctx.set('Content-Type', REPORT_EXPORT_TYPE);
      // The name is ASCII by construction (slug and dates), so the plain parameter is enough.
      ctx.set('Content-Disposition', `attachment; filename="${fileName}"`);
      // Figures change with every event: never serve a cached copy.
      ctx.set('Cache-Control', 'no-store');
      ctx.body = content;
    },
  };
};

export default reports;
