import controllers from './controllers';
import routes from './routes';
import services from './services';
import { startHousekeeping, stopHousekeeping } from './housekeeping';
import type { Core } from '@strapi/strapi';

/**
 * citizen-voice: citizens' questions and feedback, comments on draft documents and page ratings.
 * Its tables come from database/migrations (0011_citizen_voice.sql), not from content types: no
 * generated route, content-manager screen or relation picker can reach the personal data in them.
 * The public answers and the consultations themselves are board-governed content types
 * (api::question-answer, api::consultation) and reach the site through the editorial board.
 */
export default {
  register() {},
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    startHousekeeping(strapi);
  },
  destroy() {
    stopHousekeeping();
  },
  config: { default: { jobIntervalMs: 15 * 60_000 }, validator() {} },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies: {},
  middlewares: {},
};
