import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from './request';

/** Report figures from the event log, and their Excel export. (Being built.) */
const reports = (_deps: { strapi: Core.Strapi }) => ({
  async figures(_ctx: Context): Promise<void> {
    throw new errors.NotImplementedError('Báo cáo đang được xây dựng.');
  },
  async export(_ctx: Context): Promise<void> {
    throw new errors.NotImplementedError('Báo cáo đang được xây dựng.');
  },
});

export default reports;
