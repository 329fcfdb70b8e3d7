import { endpoint } from '#lib/server/api/index.ts';
import { searchSources, searchTypes } from '#lib/server/modules.ts';
import { search, searchQuerySchema, searchResponseSchema } from '#lib/server/search/index.ts';

export const GET = endpoint({
	path: '/api/v1/search',
	operationId: 'search',
	summary: 'One search over everything the caller may see, best first',
	description:
		'Thai is split into words, Thai and Arabic digits match alike, English is stemmed, typos and partial words match titles; the snippet is HTML with matched words in <mark>. Counting stops at 1,000 (totalCapped). An empty query or one over 200 characters is refused with 422.',
	tag: 'Search',
	permission: 'search.use',
	query: searchQuerySchema(searchTypes),
	response: { status: 200, schema: searchResponseSchema, description: 'The best matches' },
	handle({ db, actor, query }) {
		return search(db, actor, searchSources, query);
	}
});
