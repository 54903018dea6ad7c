import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::info-access.info-access');
