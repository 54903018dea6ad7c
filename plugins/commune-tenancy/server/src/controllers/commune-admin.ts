import type { Core } from '@strapi/strapi';
import type { AdminCommuneList, AdminCommuneResult, CommuneStatus } from '../../../shared';
import { readAdminCommuneQuery } from '../services/commune-search';
import { getService } from '../utils/get-service';
import type { Context } from './request';

/** Province IT's list of communes, and taking a site offline or back online. */
const communeAdmin = ({ strapi }: { strapi: Core.Strapi }) => {
  const setStatus = async (ctx: Context, status: CommuneStatus): Promise<void> => {
    const body: AdminCommuneResult = { data: await getService(strapi, 'communes').setStatus(String(ctx.params.documentId), status) };
    ctx.body = body;
  };
  return {
    async find(ctx: Context): Promise<void> {
      const body: AdminCommuneList = await getService(strapi, 'communes').listForAdmin(readAdminCommuneQuery(ctx.query as Record<string, unknown>));
      ctx.body = body;
    },
    suspend: (ctx: Context): Promise<void> => setStatus(ctx, 'suspended'),
    resume: (ctx: Context): Promise<void> => setStatus(ctx, 'active'),
  };
};

export default communeAdmin;
