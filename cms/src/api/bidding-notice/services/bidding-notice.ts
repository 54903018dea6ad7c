import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::bidding-notice.bidding-notice');
