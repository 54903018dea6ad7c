/**
 * The Typesense engine (large installations), behind the same interface as PostgreSQL.
 * Being built: until it is, configuring it fails loudly rather than searching nothing.
 */
import type { SearchEngine } from './types';

export function createTypesenseEngine(config: { url: string; apiKey: string; collection: string }): SearchEngine {
  throw new Error(`[portal-search] the Typesense engine is not available yet (configured for ${config.url})`);
}
