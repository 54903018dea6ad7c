import type { Core } from '@strapi/strapi';
import type { SessionsService } from '../services/sessions';
import type { StoreService } from '../services/store';
import type { TwoFactorService } from '../services/two-factor';

interface Services {
  store: StoreService;
  sessions: SessionsService;
  'two-factor': TwoFactorService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('two-factor').service(name) as Services[Name];
