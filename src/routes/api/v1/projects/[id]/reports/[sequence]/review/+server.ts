import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentProgressReport } from '#lib/server/projects/presenters.ts';
import { reviewProgressReport } from '#lib/server/projects/progress-reports.ts';
import { progressReportReviewSchema } from '#lib/server/projects/schemas.ts';
import { reportParams } from '../params.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = apiHandler(async ({ locals, params, request }) => {
	if (!locals.actor) throw new AppError('unauthenticated');
	const app = getApp();
	const { projectId, sequence } = reportParams(params);
	const review = parseInput(
		progressReportReviewSchema,
		await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES)
	);
	const report = await reviewProgressReport(
		app.database.db,
		{ actor: locals.actor, requestId: locals.requestId },
		projectId,
		sequence,
		review
	);
	return json(presentProgressReport(report));
});
