import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::urgent-notice.urgent-notice');
