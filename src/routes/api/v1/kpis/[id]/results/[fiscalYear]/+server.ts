import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, parseInput, readJson } from '#lib/server/platform/index.ts';
import { kpiResultInputSchema, presentResult, saveKpiResult } from '#lib/server/plans/index.ts';
import { resultParams } from './params.ts';
import type { RequestHandler } from './$types';

/** Creates or changes the draft result of a KPI for a fiscal year. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { kpiId, fiscalYear } = resultParams(params);
	const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
	const input = parseInput(kpiResultInputSchema, { ...(body as object), fiscalYear });
	const result = await saveKpiResult(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		kpiId,
		input
	);
	return json(presentResult(result));
});
