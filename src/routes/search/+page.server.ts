import { getApp } from '#lib/server/app.ts';
import { can, requirePage } from '#lib/server/platform/index.ts';
import { searchSources } from '#lib/server/modules.ts';
import { countByType, maxQueryLength, search } from '#lib/server/search/index.ts';
import type { PageServerLoad } from './$types';

/** The results page: the same search as the API, with how many matches each type has. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'search.use');
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim();
	const types = searchSources.filter((s) => can(actor, s.readAction)).map((s) => s.type);
	const type = types.find((known) => known === params.get('type')) ?? null;
	const tooLong = q.length > maxQueryLength;
	if (!q || tooLong) return { q, type, types, tooLong, maxQueryLength, result: null, counts: {} };
	const db = getApp().database.db;
	const [result, counts] = await Promise.all([
		search(db, actor, searchSources, { q, type, limit: 50 }),
		countByType(db, actor, searchSources, q)
	]);
	return { q, type, types, tooLong, maxQueryLength, result, counts };
};
