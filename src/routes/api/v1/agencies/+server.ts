import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	agencyFilterSchema,
	apiHandler,
	authorize,
	listAgencies,
	parseInput,
	presentAgency
} from '#lib/server/platform/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'agency.read');
	const filter = parseInput(agencyFilterSchema, Object.fromEntries(url.searchParams));
	const items = (await listAgencies(getApp().database.db, filter)).map(presentAgency);
	return json({ items, total: items.length });
});
