import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	agencyFilterSchema,
	listAgencies,
	presentAgency
} from '#lib/server/platform/agencies/repository.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'agency.read');
	const filter = parseInput(agencyFilterSchema, Object.fromEntries(url.searchParams));
	const items = (await listAgencies(getApp().database.db, filter)).map(presentAgency);
	return json({ items, total: items.length });
});
