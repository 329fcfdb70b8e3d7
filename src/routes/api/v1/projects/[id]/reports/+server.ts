import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import {
	apiHandler,
	AppError,
	createOnce,
	idParam,
	parseInput,
	readJson
} from '#lib/server/platform/index.ts';
import {
	presentProgressReport,
	progressReportInputSchema,
	saveProgressReport
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

/** Starts the project's next progress report as a draft. */
export const POST: RequestHandler = apiHandler((event) =>
	createOnce(event, getApp(), async (db) => {
		const { locals, params, request } = event;
		if (!locals.actor) throw new AppError('unauthenticated');
		const app = getApp();
		const projectId = idParam(params.id);
		const body = await readJson(request, app.config.SAPHAN_MAX_JSON_BYTES);
		const input = parseInput(progressReportInputSchema, {
			...(body as object),
			sequence: undefined,
			version: undefined
		});
		const report = await saveProgressReport(
			db,
			{ actor: locals.actor, requestId: locals.requestId },
			projectId,
			input
		);
		return json(presentProgressReport(report), { status: 201 });
	})
);
