import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::bidding-notice.bidding-notice');
