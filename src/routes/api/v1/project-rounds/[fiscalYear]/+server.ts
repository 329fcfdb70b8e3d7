import { json } from '@sveltejs/kit';
import { todayIso } from '#lib/dates.ts';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { authorize } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { saveRoundSchedule } from '#lib/server/projects/rounds/configure-schedule.ts';
import { presentRoundStatus } from '#lib/server/projects/rounds/presenters.ts';
import { roundStatus } from '#lib/server/projects/rounds/round-status.ts';
import {
	roundFiscalYearSchema,
	roundScheduleInputSchema
} from '#lib/server/projects/rounds/schemas.ts';
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
