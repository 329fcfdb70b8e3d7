import { getApp } from '#lib/server/app.ts';
import { fileResponse } from '#lib/server/documents/http.ts';
import { apiHandler } from '#lib/server/platform/http/api.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { authorize, unsubmittedScope } from '#lib/server/platform/policy.ts';
import { parseInput } from '#lib/server/platform/validation.ts';
import {
	officialReportOptions,
	officialReportQuerySchema
} from '#lib/server/projects/official-report.ts';
import { officialReportPdf } from '#lib/server/projects/official-report-pdf.ts';
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
