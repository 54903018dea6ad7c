import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';
import type { IndexerService } from './services/indexer';
import type { PortalSearchConfig } from './services/engine';

/** The editorial board's events (plugins/editorial-board/shared PLATFORM_EVENTS). */
const EVENTS = {
  published: 'editorial-board.published',
  unpublished: 'editorial-board.unpublished',
  deleted: 'editorial-board.deleted',
} as const;

interface ContentEvent {
  uid: string;
  documentId: string;
  locale: string;
  communeId: number;
}

/**
 * portal-search: the site's search. Indexes what the editorial board publishes, removes what it
 * unpublishes or deletes, and answers the site's queries for one commune at a time.
 */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const indexer = () => strapi.plugin('portal-search').service('indexer') as IndexerService;
    // Indexing never breaks publishing: a failure is logged, and `reindex` repairs the index.
    const guarded = (name: string, work: (event: ContentEvent) => Promise<void>) => async (event: ContentEvent) => {
      try {
        await work(event);
      } catch (error) {
        strapi.log.error(
          `[portal-search] ${name} of ${event.uid} ${event.documentId} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    };
    strapi.eventHub.on(
      EVENTS.published,
      guarded('indexing', (event) => indexer().indexOne(event.uid, event.documentId, event.locale, event.communeId)),
    );
    strapi.eventHub.on(
      EVENTS.unpublished,
      guarded('removal', (event) => indexer().removeOne(event.uid, event.documentId, event.locale, event.communeId)),
    );
    strapi.eventHub.on(
      EVENTS.deleted,
      guarded('removal', (event) => indexer().removeOne(event.uid, event.documentId, event.locale || undefined, event.communeId)),
    );
  },

  destroy() {},

  config: {
    default: ({ env }: { env: (name: string, fallback?: string) => string }): PortalSearchConfig => ({
      engine: env('SEARCH_ENGINE', env('TYPESENSE_URL', '') !== '' ? 'typesense' : 'postgres') === 'typesense' ? 'typesense' : 'postgres',
      typesense: {
        url: env('TYPESENSE_URL', ''),
        apiKey: env('TYPESENSE_API_KEY', ''),
        collection: env('TYPESENSE_COLLECTION', 'commune_search'),
      },
      ...(env('SEARCH_CONCURRENCY', '') !== '' ? { concurrency: Number(env('SEARCH_CONCURRENCY')) } : {}),
    }),
    validator(config: unknown) {
      const value = config as Partial<PortalSearchConfig>;
      if (value.engine !== 'postgres' && value.engine !== 'typesense')
        throw new Error('portal-search: engine must be "postgres" or "typesense"');
      if (value.concurrency !== undefined && (!Number.isInteger(value.concurrency) || value.concurrency < 1))
        throw new Error('portal-search: SEARCH_CONCURRENCY must be a whole number of at least 1');
      if (value.engine === 'typesense' && !value.typesense?.url)
        throw new Error('portal-search: TYPESENSE_URL is required for the Typesense engine');
    },
  },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies: {},
  middlewares,
};
