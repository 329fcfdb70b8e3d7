import { json } from '@sveltejs/kit';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { apiHandler, readJson } from '#lib/server/platform/http/api.ts';
import { createOnce } from '#lib/server/platform/http/create-once.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import { presentProgressReport } from '#lib/server/projects/presenters.ts';
import { saveProgressReport } from '#lib/server/projects/progress-reports.ts';
import { progressReportInputSchema } from '#lib/server/projects/schemas.ts';
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
