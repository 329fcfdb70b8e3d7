import { json } from '@sveltejs/kit';
import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	authorize,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import {
	presentRoundStatus,
	roundFiscalYearSchema,
	roundScheduleInputSchema,
	roundStatus,
	saveRoundSchedule
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

/** Sets the fiscal year's schedule and answers with the year's rounds under it. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	authorize(locals.actor, 'projectRound.manage');
	const parsed = roundFiscalYearSchema.safeParse(params.fiscalYear);
	if (!parsed.success) throw new AppError('not_found');
	const app = getApp();
	const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
	const input = parseInput(roundScheduleInputSchema, body);
	const { db } = app.database;
	await saveRoundSchedule(
		db,
		{ actor: locals.actor, requestId: locals.requestId },
		parsed.data,
		input
	);
	const status = await roundStatus(db, locals.actor, { fiscalYear: parsed.data, asOf: todayIso() });
	return json(presentRoundStatus(status));
});
