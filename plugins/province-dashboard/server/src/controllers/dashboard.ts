import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { OVERVIEW_EXPORT_TYPE, type CommuneDashboardResponse, type OverviewResponse } from '../../../shared';
import { overviewFileName, overviewWorkbook } from '../export/overview-workbook';
import { assertProvince, communeForDashboard } from '../services/access';
import type { DashboardService } from '../services/dashboard';

type Context = Parameters<Core.MiddlewareHandler>[0];

function userIdOf(ctx: Context): number {
  const id = (ctx.state as { user?: { id?: number } }).user?.id;
  if (typeof id !== 'number') throw new errors.UnauthorizedError('Hãy đăng nhập.');
  return id;
}

/** The overview (province only) and a commune's dashboard; access is decided in services/access.ts. */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('province-dashboard').service('dashboard') as DashboardService;

  return {
    async overview(ctx: Context): Promise<void> {
      await assertProvince(strapi, userIdOf(ctx));
      const body: OverviewResponse = { data: await service().overview() };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },

    async overviewExport(ctx: Context): Promise<void> {
      await assertProvince(strapi, userIdOf(ctx));
      const data = await service().overview();
      ctx.set('Content-Type', OVERVIEW_EXPORT_TYPE);
      // ASCII by construction (a date), so the plain parameter is enough.
      ctx.set('Content-Disposition', `attachment; filename="${overviewFileName(data.today)}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await overviewWorkbook(data);
    },

    async commune(ctx: Context): Promise<void> {
      const commune = await communeForDashboard(strapi, userIdOf(ctx), ctx.query.commune);
      const body: CommuneDashboardResponse = { data: await service().commune(commune) };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
  };
};

export default dashboard;
