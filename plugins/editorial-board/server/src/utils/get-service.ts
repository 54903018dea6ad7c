import type { Core } from '@strapi/strapi';
import type { AuthorityService } from '../services/authority';
import type { ChangeLogService } from '../services/change-log';
import type { PreviewService } from '../services/preview';
import type { PublicationService } from '../services/publication';
import type { QueuesService } from '../services/queues';
import type { ReportsService } from '../services/reports';
import type { StoreService } from '../services/store';
import type { WorkflowsService } from '../services/workflows';

interface Services {
  authority: AuthorityService;
  'change-log': ChangeLogService;
  preview: PreviewService;
  publication: PublicationService;
  queues: QueuesService;
  reports: ReportsService;
  store: StoreService;
  workflows: WorkflowsService;
}

/** Typed access to this plugin's services. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('editorial-board').service(name) as Services[K];
}
