import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::budget-report.budget-report');
