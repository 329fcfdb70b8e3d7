import { json } from '@sveltejs/kit';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, authorize, parseInput } from '#lib/server/platform/index.ts';
import {
	presentRoundStatus,
	roundStatus,
	roundStatusQuerySchema
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, url }) => {
	authorize(locals.actor, 'projectRound.read');
	const query = parseInput(roundStatusQuerySchema, Object.fromEntries(url.searchParams));
	const asOf = query.asOf ?? todayIso();
	const status = await roundStatus(getApp().database.db, locals.actor, {
		fiscalYear: query.fiscalYear ?? fiscalYearOf(asOf),
		asOf,
		agency: query.agency
	});
	return json(presentRoundStatus(status));
});
