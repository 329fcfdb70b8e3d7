import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, parseInput, readJson } from '#lib/server/platform/index.ts';
import {
	presentProgressReport,
	progressReportInputSchema,
	saveProgressReport
} from '#lib/server/projects/index.ts';
import { reportParams } from './params.ts';
import type { RequestHandler } from './$types';

/** Changes a draft or returned progress report at the version its author saw. */
export const PUT: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { projectId, sequence } = reportParams(params);
	const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
	const input = parseInput(progressReportInputSchema, { ...(body as object), sequence });
	const report = await saveProgressReport(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		projectId,
		input
	);
	return json(presentProgressReport(report));
});
