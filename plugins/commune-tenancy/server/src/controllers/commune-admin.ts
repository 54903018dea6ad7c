import type { Core } from '@strapi/strapi';
import type { AddCommuneResult, AdminCommuneList, AdminCommuneResult, CommuneStatus } from '../../../shared';
import { readAdminCommuneQuery } from '../services/commune-search';
import { ProvisionRefused } from '../services/provisioning';
import { getService } from '../utils/get-service';
import { bodyOf, type Context } from './request';

/** Province IT's list of communes, adding one, and taking a site offline or back online. */
const communeAdmin = ({ strapi }: { strapi: Core.Strapi }) => {
  const setStatus = async (ctx: Context, status: CommuneStatus): Promise<void> => {
    const body: AdminCommuneResult = { data: await getService(strapi, 'communes').setStatus(String(ctx.params.documentId), status) };
    ctx.body = body;
  };
  return {
    async find(ctx: Context): Promise<void> {
      const body: AdminCommuneList = await getService(strapi, 'communes').listForAdmin(
        readAdminCommuneQuery(ctx.query as Record<string, unknown>),
      );
      ctx.body = body;
    },
    /** "Thêm xã, phường": 201 with the invitation links, or 400/409 with the reasons (nothing written). */
    async create(ctx: Context): Promise<void> {
      try {
        const body: AddCommuneResult = { data: await getService(strapi, 'provisioning').add(bodyOf(ctx)) };
        ctx.status = 201;
        ctx.body = body;
      } catch (error) {
        // Strapi's own handler answers 400 for every application error; a taken code is 409.
        if (!(error instanceof ProvisionRefused)) throw error;
        ctx.status = error.status;
        ctx.body = {
          data: null,
          error: { status: error.status, name: error.name, message: error.message, details: { reasons: error.reasons } },
        };
      }
    },
    suspend: (ctx: Context): Promise<void> => setStatus(ctx, 'suspended'),
    resume: (ctx: Context): Promise<void> => setStatus(ctx, 'active'),
  };
};

export default communeAdmin;
