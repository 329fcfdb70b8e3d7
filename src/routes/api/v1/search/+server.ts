import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, authorize, parseInput } from '#lib/server/platform/index.ts';
import { searchSources, searchTypes } from '#lib/server/modules.ts';
import { search, searchQuerySchema } from '#lib/server/search/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'search.use');
	const input = parseInput(searchQuerySchema(searchTypes), Object.fromEntries(url.searchParams));
	const result = await search(getApp().database.db, locals.actor, searchSources, input);
	return json(result);
});
