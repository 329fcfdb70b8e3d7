import { collectOperations } from '#lib/server/api/index.ts';

/**
 * Every operation the API's route files define, read from the files themselves: what the router
 * serves is what the document describes. The document's own route is not an operation of it.
 */
export const operations = collectOperations(
	import.meta.glob(['./**/+server.ts', '!./openapi.json/+server.ts'], { eager: true })
);
