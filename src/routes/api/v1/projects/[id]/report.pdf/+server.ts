import { getApp } from '#lib/server/app.ts';
import { fileResponse } from '#lib/server/documents/index.ts';
import {
	apiHandler,
	authorize,
	idParam,
	parseInput,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	officialReportOptions,
	officialReportPdf,
	officialReportQuerySchema
} from '#lib/server/projects/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiHandler(async ({ locals, params, url }) => {
	authorize(locals.actor, 'project.read');
	const query = parseInput(officialReportQuerySchema, Object.fromEntries(url.searchParams));
	const { body, fileName } = await officialReportPdf(
		getApp().database.db,
		idParam(params.id),
		unsubmittedScope(locals.actor),
		officialReportOptions(query, locals.locale)
	);
	return fileResponse(body, 'application/pdf', fileName);
});
