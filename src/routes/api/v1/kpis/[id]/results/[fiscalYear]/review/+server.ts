import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { reviewKpiResult } from '#lib/server/plans/kpi-results.ts';
import { presentResult } from '#lib/server/plans/presenters.ts';
import { kpiResultReviewSchema } from '#lib/server/plans/schemas.ts';
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
