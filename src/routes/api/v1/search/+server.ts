import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { searchSources, searchTypes } from '#lib/server/modules.ts';
import { search } from '#lib/server/search/query.ts';
import { searchQuerySchema } from '#lib/server/search/schemas.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'search.use');
	const input = parseInput(searchQuerySchema(searchTypes), Object.fromEntries(url.searchParams));
	const result = await search(getApp().database.db, locals.actor, searchSources, input);
	return json(result);
});
