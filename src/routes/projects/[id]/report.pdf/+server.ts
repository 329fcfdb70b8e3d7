import { getApp } from '#lib/server/app.ts';
import { fileResponse, pageQuery } from '#lib/server/documents/index.ts';
import {
	AppError,
	notFoundPage,
	pageId,
	requirePage,
	unsubmittedScope
} from '#lib/server/platform/index.ts';
import {
	officialReportOptions,
	officialReportPdf,
	officialReportQuerySchema
} from '#lib/server/projects/index.ts';
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
