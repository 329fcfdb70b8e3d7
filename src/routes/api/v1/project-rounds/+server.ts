import { json } from '@sveltejs/kit';
import { fiscalYearOf, todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentRoundStatus } from '#lib/server/projects/rounds/presenters.ts';
import { roundStatus } from '#lib/server/projects/rounds/round-status.ts';
import { roundStatusQuerySchema } from '#lib/server/projects/rounds/schemas.ts';
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
