import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::budget-report.budget-report');
