import type { Core } from '@strapi/strapi';
import { createRecorder } from '../recording/recorder';
import type { TrailService } from '../services/trail';

/**
 * `plugin::audit-trail.recorder`, placed in cms/config/middlewares.ts right after the request log
 * (outside Strapi's error handler: it must see the final status of every answer).
 */
const recorder: Core.MiddlewareFactory = (_config, { strapi }) =>
  createRecorder(strapi, () => strapi.plugin('audit-trail').service('trail') as TrailService);

export default { recorder };
