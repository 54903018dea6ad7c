import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bidding-notice.bidding-notice');
