import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, parseInput, readJson } from '#lib/server/platform/index.ts';
import { kpiResultReviewSchema, presentResult, reviewKpiResult } from '#lib/server/plans/index.ts';
import { resultParams } from '../params.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { kpiId, fiscalYear } = resultParams(params);
	const review = parseInput(
		kpiResultReviewSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const result = await reviewKpiResult(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		kpiId,
		fiscalYear,
		review
	);
	return json(presentResult(result));
});
