import { factories } from '@strapi/strapi';
import { toPublicWindow, type MaintenanceWindowList, type StoredWindow } from '../../../maintenance/window-rules';

const UID = 'api::maintenance-window.maintenance-window';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/maintenance-windows: every window not yet over, the earliest first. */
  async upcoming(ctx) {
    const rows = (await strapi.db.query(UID).findMany({
      where: { endsAt: { $gt: new Date().toISOString() } },
      orderBy: { startsAt: 'asc' },
      limit: 100,
    })) as StoredWindow[];
    const answer: MaintenanceWindowList = { data: rows.map(toPublicWindow) };
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = answer;
  },
}));
