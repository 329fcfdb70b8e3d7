import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { apiHandler, AppError, parseInput, readJson } from '#lib/server/platform/index.ts';
import {
	presentProgressReport,
	progressReportTransitionSchema,
	submitProgressReport
} from '#lib/server/projects/index.ts';
import { reportParams } from '../params.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { projectId, sequence } = reportParams(params);
	const { version } = parseInput(
		progressReportTransitionSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const report = await submitProgressReport(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		projectId,
		sequence,
		version
	);
	return json(presentProgressReport(report));
});
