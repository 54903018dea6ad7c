import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::urgent-notice.urgent-notice');
