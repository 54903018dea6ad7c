/**
 * The few Typesense operations the engine uses, behind a small interface: the engine's logic is
 * unit-tested against a fake of it, and this adapter over the official client is all that talks
 * to a server.
 */
import { Client, Errors, type CollectionCreateSchema, type ImportResponse, type SearchParams, type SearchResponse } from 'typesense';
import type { TypesenseDocument } from './schema';

export type SearchRequest = Omit<SearchParams<TypesenseDocument>, 'streamConfig'>;

export interface TypesensePort {
  /** Creates the collection unless it exists (safe when several processes start together). */
  createCollection(schema: CollectionCreateSchema): Promise<void>;
  dropCollection(): Promise<void>;
  importDocuments(documents: TypesenseDocument[]): Promise<ImportResponse<TypesenseDocument>[]>;
  deleteByFilter(filterBy: string): Promise<void>;
  /** Several searches in one request (multi_search), answers in the same order. */
  search(requests: SearchRequest[]): Promise<Array<SearchResponse<TypesenseDocument>>>;
}

export function typesensePort(config: { url: string; apiKey: string; collection: string }): TypesensePort {
  const client = new Client({
    nodes: [{ url: config.url.replace(/\/+$/, '') }],
    apiKey: config.apiKey,
    connectionTimeoutSeconds: 5,
    numRetries: 2,
    logLevel: 'warn',
  });
  const collection = () => client.collections<TypesenseDocument>(config.collection);
  return {
    async createCollection(schema) {
      if (await collection().exists()) return;
      try {
        await client.collections().create(schema);
      } catch (error) {
        // Another process created it between the check and the create.
        if (!(error instanceof Errors.ObjectAlreadyExists)) throw error;
      }
    },
    async dropCollection() {
      try {
        await collection().delete();
      } catch (error) {
        if (!(error instanceof Errors.ObjectNotFound)) throw error;
      }
    },
    async importDocuments(documents) {
      // Failures are returned per document and reported by the engine with their reasons.
      return collection().documents().import(documents, { action: 'upsert', throwOnFail: false });
    },
    async deleteByFilter(filterBy) {
      await collection().documents().delete({ filter_by: filterBy });
    },
    async search(requests) {
      const { results } = await client.multiSearch.perform<TypesenseDocument[]>({
        searches: requests.map((request) => ({ ...request, collection: config.collection })),
      });
      return [...results] as Array<SearchResponse<TypesenseDocument>>;
    },
  };
}
