import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::work-schedule.work-schedule');
