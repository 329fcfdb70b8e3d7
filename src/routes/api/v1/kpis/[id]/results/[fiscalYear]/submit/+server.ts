import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, parseInput, readJson } from '#lib/server/platform/index.ts';
import {
	kpiResultTransitionSchema,
	presentResult,
	submitKpiResult
} from '#lib/server/plans/index.ts';
import { resultParams } from '../params.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { kpiId, fiscalYear } = resultParams(params);
	const { version } = parseInput(
		kpiResultTransitionSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const result = await submitKpiResult(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		kpiId,
		fiscalYear,
		version
	);
	return json(presentResult(result));
});
