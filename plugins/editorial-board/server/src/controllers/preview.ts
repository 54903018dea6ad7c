import type { Core } from '@strapi/strapi';
import { COMMUNE_HEADER } from '@commune/commune-tenancy/shared';
import { PreviewRefusedError } from '../services/preview';
import { getService } from '../utils/get-service';
import type { Context } from './request';

/**
 * GET /api/editorial-board/preview/:token — the public site's server opens a preview link for the
 * commune of its request's host (the `x-commune` header its token lets it send). Refusals are
 * statuses the site turns into a Vietnamese page (404 unknown, 410 expired, 403 no longer
 * allowed), never a draft; the answer is not to be stored anywhere.
 */
const preview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context): Promise<void> {
    ctx.set('Cache-Control', 'no-store, private');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    const raw = ctx.request.header[COMMUNE_HEADER];
    const commune = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase() ?? '';
    const token = typeof ctx.params.token === 'string' ? ctx.params.token : '';
    try {
      ctx.body = { data: await getService(strapi, 'preview').open(token, commune) };
    } catch (error) {
      if (!(error instanceof PreviewRefusedError)) throw error;
      ctx.status = error.status;
      ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: {} } };
    }
  },
});

export default preview;
