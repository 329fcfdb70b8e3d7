import { getApp } from '#lib/server/app.ts';
import { fileResponse, pageQuery } from '#lib/server/documents/http.ts';
import { AppError } from '#lib/server/platform/errors.ts';
import { unsubmittedScope } from '#lib/server/platform/policy.ts';
import { notFoundPage, pageId, requirePage } from '#lib/server/platform/http/pages.ts';
import {
	officialReportOptions,
	officialReportQuerySchema
} from '#lib/server/projects/official-report.ts';
import { officialReportPdf } from '#lib/server/projects/official-report-pdf.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const actor = requirePage(event, 'project.read');
	const options = officialReportOptions(
		pageQuery(event, officialReportQuerySchema),
		event.locals.locale
	);
	try {
		const { body, fileName } = await officialReportPdf(
			getApp().database.db,
			pageId(event),
			unsubmittedScope(actor),
			options
		);
		return fileResponse(body, 'application/pdf', fileName);
	} catch (caught) {
		if (caught instanceof AppError && caught.code === 'not_found') notFoundPage(event);
		throw caught;
	}
};
