import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::urgent-notice.urgent-notice');
