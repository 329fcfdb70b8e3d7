/** The search module's entry: what other modules and the routes may use. */

export { agencySource } from './agency-search-source.ts';
export { both, grouped, label, lines } from './document-text.ts';
export { type SearchSource, indexDocument, reindex, rowSource } from './documents.ts';
export { countByType, maxQueryLength, search } from './query.ts';
export { registerSearchSources } from './registry.ts';
export { searchResponseSchema } from './responses.ts';
export { searchQuerySchema } from './schemas.ts';
